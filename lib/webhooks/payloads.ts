import "server-only";
// The `data` of each webhook event, read inside the transaction that emits it (so it shows the
// state being committed). Statuses are the app's enum names; money is in minor units of the
// order's currency, as everywhere in the app.
import type { Tx } from "@/lib/db/client";
import { formatOrderNumber } from "@/lib/orders/order-number";
import type { WebhookData } from "./emit";

const ORDER_SELECT = {
  id: true, number: true, status: true, releaseStatus: true, currency: true, subtotal: true, shippingFee: true, total: true,
  poNumber: true, contactName: true, contactEmail: true, shipCountry: true, paymentMethod: true, paymentStatus: true,
  rejectedReason: true, cancelledReason: true, createdAt: true, updatedAt: true,
  brand: { select: { orderPrefix: true } },
  buyer: { select: { id: true, name: true } },
  lines: {
    orderBy: { position: "asc" as const },
    select: { id: true, skuId: true, productCode: true, productName: true, skuCode: true, color: true, size: true, quantity: true, unitPrice: true, lineTotal: true },
  },
};

type OrderRow = Awaited<ReturnType<typeof readOrders>>[number];

function readOrders(tx: Pick<Tx, "order">, ids: string[]) {
  return tx.order.findMany({ where: { id: { in: ids } }, select: ORDER_SELECT, orderBy: { number: "asc" } });
}

function orderJson({ brand, number, createdAt, updatedAt, ...order }: OrderRow): WebhookData {
  return { ...order, number: formatOrderNumber(brand.orderPrefix, number), placedAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

/** `{ order }` for an order.* event, built only when someone subscribes. */
export function orderEvent(tx: Pick<Tx, "order">, orderId: string) {
  return async (): Promise<WebhookData> => {
    const [order] = await readOrders(tx, [orderId]);
    return { order: orderJson(order) };
  };
}

/** `{ order }` for each of several orders (bulk transitions). */
export function orderEvents(tx: Pick<Tx, "order">, orderIds: string[]) {
  return async (): Promise<WebhookData[]> => (await readOrders(tx, orderIds)).map((order) => ({ order: orderJson(order) }));
}

/** `{ deliveryNote, order }` for delivery_note.created. */
export function deliveryNoteEvent(tx: Pick<Tx, "order" | "deliveryNote">, deliveryNoteId: string) {
  return async (): Promise<WebhookData> => {
    const note = await tx.deliveryNote.findUniqueOrThrow({
      where: { id: deliveryNoteId },
      select: { id: true, orderId: true, sequence: true, createdAt: true, lines: { select: { orderLineId: true, quantity: true, orderLine: { select: { skuCode: true } } } } },
    });
    const [order] = await readOrders(tx, [note.orderId]);
    return {
      deliveryNote: {
        id: note.id, sequence: note.sequence, createdAt: note.createdAt.toISOString(),
        lines: note.lines.map((l) => ({ orderLineId: l.orderLineId, skuCode: l.orderLine.skuCode, quantity: l.quantity })),
      },
      order: orderJson(order),
    };
  };
}

/** `{ connection }` for connection.closed and connection.reconnected. */
export function connectionEvent(connection: { id: string; buyerId: string; buyerName: string; status: string }): WebhookData {
  return { connection: { id: connection.id, buyer: { id: connection.buyerId, name: connection.buyerName }, status: connection.status } };
}
