// Where an order stands as its buyer sees it: placed -> order confirmation -> confirmed -> preparing
// -> shipped, with the dates known for each step, its delivery notes, or the end it came to
// (cancelled, by whom and why; rejected). Brand-internal states stay out of it: a draft OC the brand
// has not sent is not shown, and a failed release attempt still reads as "confirmed".
import type { OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";

export const PROGRESS_STEPS = ["placed", "confirmation", "confirmed", "preparing", "shipped"] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

export type ProgressOrder = {
  status: OrderStatus;
  releaseStatus: ReleaseStatus | null;
  createdAt: Date;
  ocSentAt: Date | null;
  ocApprovedAt: Date | null;
  ocConfirmedAt: Date | null;
  releasedAt: Date | null;
  cancelledAt: Date | null;
  cancelledReason: string | null;
  rejectedReason: string | null;
  deliveryNotes: { sequence: number; createdAt: Date; lines: { quantity: number }[] }[];
  undeliveredSkus: { quantity: number }[];
};

/** Who ended a cancelled or rejected order, and when (lib/orders/queries orderEnding). */
export type OrderEnding = { by: "buyer" | "brand"; at: Date };

export type BuyerOrderProgress = {
  /** The steps reached so far, then (while the order runs) the ones still ahead. */
  steps: { key: ProgressStep; reached: boolean; date: Date | null }[];
  /** The last step reached. */
  current: ProgressStep;
  awaitingApproval: boolean;
  approvedAt: Date | null;
  partiallyShipped: boolean;
  /** Release preparation has started ("Order Processing"): the buyer can no longer cancel. */
  processing: boolean;
  deliveryNotes: { sequence: number; date: Date; units: number }[];
  someUndelivered: boolean;
  end:
    | null
    | { kind: "cancelled"; by: OrderEnding["by"] | null; reason: string | null; date: Date | null }
    | { kind: "rejected"; reason: string | null; date: Date | null };
};

const CONFIRMED: OrderStatus[] = ["OC_CONFIRMED", "OC_CONFIRMED_UNDELIVERED"];
const RELEASED: ReleaseStatus[] = ["PREPARING_PRODUCT", "PARTIALLY_SHIPPED", "SHIPPED"];

export function buyerOrderProgress(order: ProgressOrder, ending: OrderEnding | null = null): BuyerOrderProgress {
  const ended = order.status === "CANCELLED" || order.status === "ORDER_REJECTED";
  const notes = [...order.deliveryNotes].sort((a, b) => a.sequence - b.sequence);
  const ocDate = order.ocSentAt ?? order.ocApprovedAt ?? order.ocConfirmedAt;
  // A running order's status says how far it got; an ended one keeps the dates of the steps it passed.
  const reached: Record<ProgressStep, boolean> = ended
    ? { placed: true, confirmation: ocDate !== null, confirmed: order.ocConfirmedAt !== null, preparing: order.releasedAt !== null, shipped: false }
    : {
        placed: true,
        confirmation: order.status === "OC_APPROVED" || CONFIRMED.includes(order.status) || (order.status === "OC_CREATED" && order.ocSentAt !== null),
        confirmed: CONFIRMED.includes(order.status),
        preparing: order.releaseStatus !== null && RELEASED.includes(order.releaseStatus),
        shipped: order.releaseStatus === "SHIPPED",
      };
  const dates: Record<ProgressStep, Date | null> = {
    placed: order.createdAt,
    confirmation: ocDate,
    confirmed: order.ocConfirmedAt,
    preparing: order.releasedAt,
    shipped: reached.shipped ? (notes.at(-1)?.createdAt ?? null) : (notes[0]?.createdAt ?? null),
  };
  const steps = PROGRESS_STEPS.filter((key) => !ended || reached[key]).map((key) => ({ key, reached: reached[key], date: reached[key] || key === "shipped" ? dates[key] : null }));
  const current = [...PROGRESS_STEPS].reverse().find((key) => reached[key]) ?? "placed";

  let end: BuyerOrderProgress["end"] = null;
  if (order.status === "CANCELLED") end = { kind: "cancelled", by: ending?.by ?? null, reason: order.cancelledReason, date: order.cancelledAt ?? ending?.at ?? null };
  if (order.status === "ORDER_REJECTED") end = { kind: "rejected", reason: order.rejectedReason, date: ending?.at ?? null };

  return {
    steps,
    current,
    awaitingApproval: order.status === "OC_CREATED" && order.ocSentAt !== null,
    approvedAt: order.ocApprovedAt,
    partiallyShipped: !ended && order.releaseStatus === "PARTIALLY_SHIPPED",
    processing: !ended && reached.preparing,
    deliveryNotes: notes.map((n) => ({ sequence: n.sequence, date: n.createdAt, units: n.lines.reduce((s, l) => s + l.quantity, 0) })),
    someUndelivered: order.undeliveredSkus.some((u) => u.quantity > 0),
    end,
  };
}
