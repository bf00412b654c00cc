import "server-only";
// The `data` of each webhook event, read inside the transaction that emits it (so it shows the
// state being committed). An order is the integration API's Order resource, exactly as
// GET /api/v1/orders/{id} returns it (lib/api/order-resources.ts), so receivers parse one shape.
import { getOrderForApi } from "@/lib/api/order-resources";
import type { Tx } from "@/lib/db/client";
import type { WebhookData } from "./emit";

type Db = Pick<Tx, "order">;

async function orderResource(tx: Db, orderId: string): Promise<WebhookData> {
  const { brand } = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { brand: { select: { id: true, orderPrefix: true } } } });
  return (await getOrderForApi(brand, orderId, tx)) as unknown as WebhookData;
}

/** `{ order }` for an order.* event, built only when someone subscribes. */
export function orderEvent(tx: Db, orderId: string) {
  return async (): Promise<WebhookData> => ({ order: await orderResource(tx, orderId) });
}

/** `{ order }` for each of several orders (bulk transitions), in the order given. */
export function orderEvents(tx: Db, orderIds: string[]) {
  return async (): Promise<WebhookData[]> => {
    const events: WebhookData[] = [];
    for (const id of orderIds) events.push({ order: await orderResource(tx, id) });
    return events;
  };
}

/** `{ deliveryNote, order }` for delivery_note.created. */
export function deliveryNoteEvent(tx: Pick<Tx, "order" | "deliveryNote">, deliveryNoteId: string) {
  return async (): Promise<WebhookData> => {
    const note = await tx.deliveryNote.findUniqueOrThrow({
      where: { id: deliveryNoteId },
      select: { id: true, orderId: true, sequence: true, carrier: true, trackingNumber: true, createdAt: true, lines: { select: { orderLineId: true, quantity: true } } },
    });
    const { orderId, createdAt, ...rest } = note;
    return { deliveryNote: { ...rest, createdAt: createdAt.toISOString() }, order: await orderResource(tx, orderId) };
  };
}

/** `{ connection }` for connection.closed and connection.reconnected. */
export function connectionEvent(connection: { id: string; buyerId: string; buyerName: string; status: string }): WebhookData {
  return { connection: { id: connection.id, buyer: { id: connection.buyerId, name: connection.buyerName }, status: connection.status } };
}
