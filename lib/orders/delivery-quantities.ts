// What is left to deliver per order line: ordered minus delivered minus declared undelivered.
export type LineQuantities = { id: string; quantity: number; delivered: number; undelivered: number };

export function remainingQuantity(line: LineQuantities): number {
  return Math.max(0, line.quantity - line.delivered - line.undelivered);
}

/** Why delivery notes cannot be created now, or null when they can. */
export function deliveryNoteBlocker(order: { status: string; releaseStatus: string | null }): string | null {
  if (order.status !== "OC_CONFIRMED" && order.status !== "OC_CONFIRMED_UNDELIVERED") return "Confirm the order confirmation first.";
  if (order.releaseStatus === "SHIPPED") return "Every quantity has already been delivered.";
  if (order.releaseStatus !== "PREPARING_PRODUCT" && order.releaseStatus !== "PARTIALLY_SHIPPED") return "Prepare the order for release first.";
  return null;
}

/** Why undelivered SKUs cannot be created now, or null when they can. */
export function undeliveredBlocker(order: { status: string; deliveryNoteCount: number }): string | null {
  if (order.status === "OC_CONFIRMED_UNDELIVERED") return "Undelivered SKUs were already created for this order.";
  if (order.status !== "OC_CONFIRMED") return "Confirm the order confirmation first.";
  if (order.deliveryNoteCount > 0) return "A delivery note already exists for this order.";
  return null;
}
