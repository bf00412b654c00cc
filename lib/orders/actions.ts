"use server";
// Server actions of Order Management (brand staff), the Buyer App's approval, the e-mailed
// approval link, and the buyer's cancel (Buyer App and the link's order page). Each validates with
// the form's schema, calls one transition, revalidates the pages it changed and, when it wrote
// mail, kicks delivery after the commit.
import { revalidatePath } from "next/cache";
import { brandAction, publicAction, userAction } from "@/lib/actions/action-client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { findVisitorLinkOrder } from "@/lib/link-access/link-order";
import { kickMailDelivery } from "@/lib/mail/deliver";
import { fromMinor } from "@/lib/money/format";
import { productRulesOf } from "@/lib/order-rules/product-rules-select";
import { unitPrice } from "@/lib/pricing/unit-price";
import { createTag } from "@/lib/tags/manage-tags";
import { createTagSchema } from "@/lib/tags/schemas";
import { appBaseUrl } from "./app-url";
import { approveOcAsBuyer, approveOcByToken, forceApproveOc } from "./approve-oc";
import { cancelOrderByBuyer } from "./cancel-order-by-buyer";
import { confirmOc } from "./confirm-oc";
import { createDeliveryNote } from "./create-delivery-note";
import { createOc } from "./create-oc";
import { createUndeliveredSkus } from "./create-undelivered-skus";
import { makeOcEditable } from "./make-oc-editable";
import { findSkuForOrder } from "./queries";
import { rejectOrder } from "./reject-order";
import {
  approvalTokenSchema, cancelOrderByBuyerSchema, confirmOcSchema, createOcSchema, findSkuSchema, orderIdSchema, quantityLinesSchema, rejectOrderSchema, sendForApprovalSchema,
  type CancelOrderByBuyerInput,
} from "./schemas";
import { sendOcForApproval } from "./send-oc-for-approval";

const PERMISSION = "orders.manage" as const;

function revalidateOrder(orderId: string) {
  revalidatePath("/admin/orders");
  revalidatePath(`/admin/orders/${orderId}`);
  revalidatePath(`/buyer/orders/${orderId}`);
}

export const createOcAction = brandAction({ schema: createOcSchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await createOc(ctx, input);
  revalidateOrder(input.orderId);
  return result;
});

export const findSkuForOrderAction = brandAction({ schema: findSkuSchema, permission: PERMISSION }, async (input, ctx) => {
  const found = await findSkuForOrder(ctx.brand.id, input.orderId, input.code);
  if (!found) throw new NotFoundError(msg("orders.errors.orderNotFound"));
  if (!found.sku) throw new AppError("VALIDATION", msg("orders.errors.noSkuWithCode"), { code: msg("orders.errors.noSkuWithCode") });
  const wholesale = found.sku.prices[0]?.wholesalePrice;
  if (wholesale === undefined) {
    const noPrice = msg("orders.errors.skuWithoutPrice", { currency: found.order.currency });
    throw new AppError("VALIDATION", noPrice, { code: noPrice });
  }
  const price = unitPrice(wholesale, { product: found.sku.product.discountRate, terms: found.connection?.discountRate });
  return {
    skuId: found.sku.id, productId: found.sku.productId, skuCode: found.sku.code, productCode: found.sku.product.productCode, productName: found.sku.product.name,
    color: found.sku.color, size: found.sku.size, unitPrice: fromMinor(price, found.order.currency),
    // The editor checks the added SKU's quantities against them as it does the others'.
    rules: productRulesOf(found.sku.product),
  };
});

export const sendOcForApprovalAction = brandAction({ schema: sendForApprovalSchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await sendOcForApproval(ctx, { orderId: input.orderId, sentAt: input.sentAt, baseUrl: await appBaseUrl() });
  kickMailDelivery();
  revalidateOrder(input.orderId);
  return { id: result.id };
});

export const forceApproveOcAction = brandAction({ schema: orderIdSchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await forceApproveOc(ctx, input.orderId);
  revalidateOrder(input.orderId);
  return result;
});

export const confirmOcAction = brandAction({ schema: confirmOcSchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await confirmOc(ctx, input);
  if (result.notified) kickMailDelivery();
  revalidateOrder(input.orderId);
  return result;
});

/**
 * "Create Tag" in the confirmation modal: the same tag creation as Settings › Tags, but a name the
 * brand already has (in any case, e.g. "vip" for "VIP") gives that tag back to be selected.
 */
export const createTagAction = brandAction({ schema: createTagSchema, permission: PERMISSION }, async (input, ctx) =>
  createTag(ctx.brand.id, ctx.user, input.name, { ifExists: "use" }),
);

export const makeOcEditableAction = brandAction({ schema: orderIdSchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await makeOcEditable(ctx, input.orderId);
  revalidateOrder(input.orderId);
  return result;
});

export const createDeliveryNoteAction = brandAction({ schema: quantityLinesSchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await createDeliveryNote(ctx, input);
  revalidateOrder(input.orderId);
  return result;
});

export const createUndeliveredSkusAction = brandAction({ schema: quantityLinesSchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await createUndeliveredSkus(ctx, input);
  revalidateOrder(input.orderId);
  return result;
});

export const rejectOrderAction = brandAction({ schema: rejectOrderSchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await rejectOrder(ctx, input);
  kickMailDelivery();
  revalidateOrder(input.orderId);
  return result;
});

export const approveOcAsBuyerAction = userAction({ schema: orderIdSchema }, async (input, user) => {
  const result = await approveOcAsBuyer(user, input.orderId);
  revalidateOrder(input.orderId);
  return result;
});

export const approveOcByTokenAction = publicAction({ schema: approvalTokenSchema }, async (input) => {
  const result = await approveOcByToken(input.token);
  revalidateOrder(result.id);
  return result;
});

/** The buyer cancels in the Buyer App: a member of the order's buyer organization. */
export const cancelOrderAsBuyerAction = userAction({ schema: cancelOrderByBuyerSchema }, async (input, user) => {
  const result = await cancelOrderByBuyer({ kind: "buyer-app", user }, { ...input, baseUrl: await appBaseUrl() });
  kickMailDelivery();
  revalidateOrder(input.orderId);
  revalidatePath("/buyer/orders");
  revalidatePath("/admin/shipping");
  return { id: result.id, status: result.status };
});

/** The visitor who placed the order through the link cancels it on the link's order page. */
export async function cancelLinkOrderAction(token: string, input: CancelOrderByBuyerInput) {
  return publicAction({ schema: cancelOrderByBuyerSchema }, async ({ orderId, reason }) => {
    const access = await findVisitorLinkOrder(token, orderId);
    if (!access) throw new NotFoundError(msg("orders.errors.orderNotFound"));
    const login = access.session.login;
    const viewer = { kind: "order-link" as const, linkId: access.link.id, userId: login?.method === "USER_ACCOUNT" ? login.userId : null };
    const result = await cancelOrderByBuyer(viewer, { orderId, reason, baseUrl: await appBaseUrl() });
    kickMailDelivery();
    revalidateOrder(orderId);
    revalidatePath(`/l/${token}/orders/${orderId}`);
    revalidatePath("/admin/shipping");
    return { id: result.id, status: result.status };
  })(input);
}
