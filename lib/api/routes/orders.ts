// The orders endpoints. Transitions validate with the Order Management forms' own schemas (the
// order id comes from the path) and run the same transition functions as the admin.
import { addOrderTagsSchema, confirmOcSchema, deliveryNoteSchema, quantityLinesSchema, rejectOrderSchema } from "@/lib/orders/schemas";
import { deliveryNoteResource, orderListResource, orderResource, orderTagsResource, orderTransitionResource } from "../resources";
import { defineRoute } from "../route";
import { idParamsSchema, orderListQuerySchema } from "../schemas";

const ORDER = { group: "Orders", params: idParamsSchema, bodyFromPath: { id: "orderId" } } as const;
const line = { orderLineId: "cm0line000000000000000001", quantity: 2 };

export const listOrders = defineRoute({
  id: "listOrders", method: "GET", path: "/orders", scope: "orders:read", group: "Orders", query: orderListQuerySchema,
  response: { status: 200, schema: orderListResource }, example: { query: "status=PLEASE_CREATE_OC&limit=20" },
});

export const getOrder = defineRoute({
  id: "getOrder", method: "GET", path: "/orders/{id}", scope: "orders:read", group: "Orders", params: idParamsSchema,
  response: { status: 200, schema: orderResource },
});

export const confirmOrderOc = defineRoute({
  ...ORDER, id: "confirmOrderOc", method: "POST", path: "/orders/{id}/confirm-oc", scope: "orders:write", body: confirmOcSchema,
  response: { status: 200, schema: orderTransitionResource }, example: { body: { notifyBuyer: false, tagIds: [] } },
});

export const rejectOrder = defineRoute({
  ...ORDER, id: "rejectOrder", method: "POST", path: "/orders/{id}/reject", scope: "orders:write", body: rejectOrderSchema,
  response: { status: 200, schema: orderTransitionResource }, example: { body: { reason: "Sold out for this season" } },
});

export const addOrderTags = defineRoute({
  ...ORDER, id: "addOrderTags", method: "POST", path: "/orders/{id}/tags", scope: "orders:write", body: addOrderTagsSchema,
  response: { status: 200, schema: orderTagsResource }, example: { body: { tags: ["ERP imported"] } },
});

export const createDeliveryNote = defineRoute({
  ...ORDER, id: "createDeliveryNote", method: "POST", path: "/orders/{id}/delivery-notes", scope: "orders:write", body: deliveryNoteSchema,
  response: { status: 201, schema: deliveryNoteResource }, example: { body: { carrier: "Yamato Transport", trackingNumber: "4455-6677-8899", lines: [line] } },
});

export const createUndeliveredSkus = defineRoute({
  ...ORDER, id: "createUndeliveredSkus", method: "POST", path: "/orders/{id}/undelivered-skus", scope: "orders:write", body: quantityLinesSchema,
  response: { status: 201, schema: orderTransitionResource }, example: { body: { lines: [line] } },
});
