// Every event an order's status history can hold (AuditEvent rows with entityType "Order") and how
// brand staff read each one on the order detail page. recordAudit only accepts these types for an
// order, and the wording below is a Record over them, so a new event type cannot be written
// without being listed here, nor listed without wording.
import { countOf, NOUNS } from "@/lib/format/plural";
import { ORDER_STATUS_LABELS, PAYMENT_STATUS_LABELS, RELEASE_FAILURE_LABELS, RELEASE_STATUS_LABELS } from "./status-labels";

export const ORDER_EVENT_TYPES = [
  "order.place",
  /** Written by the demo data only: a status set directly, without its transition. */
  "order.status",
  "oc.create",
  "oc.update",
  "oc.send",
  "oc.approve",
  "oc.force-approve",
  "oc.confirm",
  "oc.make-editable",
  "delivery-note.create",
  "undelivered.create",
  "order.reject",
  "order.cancel",
  /** A guest order matching a buyer's e-mail was attached to that buyer (lib/checkout/confirm-order-match). */
  "order.match-confirm",
  /** The buyer cancelled before release preparation started (lib/orders/cancel-order-by-buyer). */
  "order.buyer-cancel",
  "release.prepare",
  "release.fail",
  "payment.update",
] as const;

export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number];

export type OrderEvent = { action: string; fromStatus: string | null; toStatus: string | null; data: unknown };

const STATUS_LABELS: Record<string, string> = { ...ORDER_STATUS_LABELS, ...RELEASE_STATUS_LABELS, ...PAYMENT_STATUS_LABELS };

function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

function field(data: unknown, key: string): unknown {
  return data && typeof data === "object" && key in data ? (data as Record<string, unknown>)[key] : undefined;
}

function text(data: unknown, key: string): string | undefined {
  const value = field(data, key);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function count(data: unknown, key: string): number | undefined {
  const value = field(data, key);
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** "OC Approved → OC Confirmed", or the new status alone when there was none before. */
function move(e: OrderEvent): string | undefined {
  if (!e.toStatus || e.fromStatus === e.toStatus) return undefined;
  return e.fromStatus ? `${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}` : statusLabel(e.toStatus);
}

function sentence(headline: string, ...details: (string | undefined | false)[]): string {
  const rest = details.filter((d): d is string => Boolean(d));
  return rest.length ? `${headline}: ${rest.join(". ")}` : headline;
}

const units = (e: OrderEvent) => {
  const n = count(e.data, "units");
  return n === undefined ? undefined : countOf(n, NOUNS.unit);
};

const WORDING: Record<OrderEventType, (e: OrderEvent) => string> = {
  "order.place": (e) => sentence("Order placed", move(e)),
  "order.status": (e) => sentence("Status changed", move(e)),
  "oc.create": (e) => sentence("OC created", move(e)),
  "oc.update": (e) => sentence("OC edited", move(e)),
  "oc.send": (e) => sentence("Sent to the buyer for approval", text(e.data, "to") && `to ${text(e.data, "to")}`),
  "oc.approve": (e) => sentence("Approved by the buyer", move(e)),
  "oc.force-approve": (e) => sentence("Approved on the buyer's behalf", move(e)),
  "oc.confirm": (e) => {
    const tags = field(e.data, "tags");
    const names = Array.isArray(tags) ? tags.filter((t): t is string => typeof t === "string") : [];
    return sentence(
      "Order confirmation confirmed",
      move(e),
      field(e.data, "skippedBuyerApproval") === true && "The buyer's approval was skipped",
      field(e.data, "notifiedBuyer") === true ? "The buyer was notified by email" : field(e.data, "notifiedBuyer") === false && "No email to the buyer",
      names.length > 0 && `${names.length === 1 ? "Tag" : "Tags"}: ${names.join(", ")}`,
    );
  },
  "oc.make-editable": (e) => sentence("Made editable", move(e)),
  "delivery-note.create": (e) => {
    const sequence = count(e.data, "sequence");
    const shipped = units(e);
    return sentence(`Delivery note${sequence ? ` #${sequence}` : ""} created${shipped ? ` (${shipped})` : ""}`, move(e));
  },
  "undelivered.create": (e) => {
    const later = units(e);
    return sentence(`Undelivered SKUs created${later ? ` (${later})` : ""}`, move(e));
  },
  "order.reject": (e) => sentence("Order rejected", move(e), text(e.data, "reason") && `Reason: ${text(e.data, "reason")}`),
  "order.cancel": (e) => sentence("Order cancelled", move(e), text(e.data, "reason") && `Reason: ${text(e.data, "reason")}`),
  "order.match-confirm": (e) =>
    sentence(text(e.data, "via") === "EMAIL" ? "Buyer match confirmed through the e-mailed link" : "Buyer match confirmed by brand staff", text(e.data, "buyerName") && `now ${text(e.data, "buyerName")}'s order`),
  "order.buyer-cancel": (e) => sentence("Cancelled by the buyer", text(e.data, "reason"), move(e)),
  "release.prepare": (e) => sentence("Prepared for release", move(e)),
  "release.fail": (e) => {
    const reason = text(e.data, "reason");
    const label = reason && reason in RELEASE_FAILURE_LABELS ? RELEASE_FAILURE_LABELS[reason as keyof typeof RELEASE_FAILURE_LABELS] : undefined;
    // The detail is the full explanation (it names the short SKUs); the label is its short form.
    return sentence("Failed to release", text(e.data, "detail") ?? label);
  },
  "payment.update": (e) => sentence("Card payment", move(e)),
};

export function isOrderEventType(action: string): action is OrderEventType {
  return (ORDER_EVENT_TYPES as readonly string[]).includes(action);
}

/** One status-history entry in brand staff's words. */
export function describeOrderEvent(e: OrderEvent): string {
  if (isOrderEventType(e.action)) return WORDING[e.action](e);
  // Rows written by an older version of the app, if any: still words, never a raw event name.
  return sentence("Order updated", move(e));
}
