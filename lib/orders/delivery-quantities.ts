// What is left to deliver per order line: ordered minus delivered minus declared undelivered.
import type { MessageKey } from "@/lib/i18n/message-text";

export type LineQuantities = { id: string; quantity: number; delivered: number; undelivered: number };

export function remainingQuantity(line: LineQuantities): number {
  return Math.max(0, line.quantity - line.delivered - line.undelivered);
}

/** Why delivery notes cannot be created now (a catalogue key), or null when they can. */
export function deliveryNoteBlocker(order: { status: string; releaseStatus: string | null }): MessageKey | null {
  if (order.status !== "OC_CONFIRMED" && order.status !== "OC_CONFIRMED_UNDELIVERED") return "orders.blockers.confirmFirst";
  if (order.releaseStatus === "SHIPPED") return "orders.blockers.allDelivered";
  if (order.releaseStatus !== "PREPARING_PRODUCT" && order.releaseStatus !== "PARTIALLY_SHIPPED") return "orders.blockers.prepareFirst";
  return null;
}

/** Why undelivered SKUs cannot be created now (a catalogue key), or null when they can. */
export function undeliveredBlocker(order: { status: string; deliveryNoteCount: number }): MessageKey | null {
  if (order.status === "OC_CONFIRMED_UNDELIVERED") return "orders.blockers.undeliveredCreated";
  if (order.status !== "OC_CONFIRMED") return "orders.blockers.confirmFirst";
  if (order.deliveryNoteCount > 0) return "orders.blockers.deliveryNoteExists";
  return null;
}
