// Every event an order's status history can hold (AuditEvent rows with entityType "Order") and how
// brand staff read each one on the order detail page: one message per event type
// (orders.history.*), in the reader's language. recordAudit only accepts these types for an order,
// and the wording below is a Record over them, so a new event type cannot be written without being
// listed here, nor listed without wording.
import type { AppLocale } from "@/lib/i18n/locales";
import { translateMessage } from "@/lib/i18n/message-text";
import { formatterFor, translatorFor, type Translate } from "@/lib/i18n/translator";
import { releaseFailureDetailText } from "@/lib/shipping/release-failure";

export const ORDER_EVENT_TYPES = [
  "order.place",
  /** Written by the demo data only: a status set directly, without its transition. */
  "order.status",
  "oc.create",
  "oc.update",
  /** Staff saved OC quantities that break order rules with "Save despite order rules" (lib/orders/create-oc). */
  "oc.rules-override",
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
  /** Tags put on the order after its confirmation (the integration API, lib/orders/add-order-tags). */
  "order.tags-add",
] as const;

export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number];

/** The audit action of the buyer's own cancel (lib/orders/cancel-order-by-buyer.ts), kept beside the event
 * types so that the order reads (lib/orders/queries.ts) need not import the transition: that import
 * closed a cycle through the webhook payloads, which the production bundle cannot evaluate. */
export const BUYER_CANCEL_ACTION = "order.buyer-cancel" satisfies OrderEventType;

export type OrderEvent = { action: string; fromStatus: string | null; toStatus: string | null; data: unknown };

type Reader = { t: Translate; locale: AppLocale };

/** An order, release or payment status by its name in the catalogue; an unknown one as it is. */
function statusLabel(t: Translate, status: string): string {
  for (const group of ["order", "release", "payment"] as const) {
    const key = `status.${group}.${status}` as Parameters<Translate["has"]>[0];
    if (t.has(key)) return t(key as never);
  }
  return status;
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

const yes = (on: boolean) => (on ? "yes" : "no");

/** The rules an "oc.rules-override" event lists: product and SKU codes, and the rule as a catalogue message. */
function overriddenRules(data: unknown): { productCode: string | null; skuCode: string | null; message: string }[] {
  const rules = field(data, "rules");
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((r) => {
    const message = text(r, "message");
    return message ? [{ productCode: text(r, "productCode") ?? null, skuCode: text(r, "skuCode") ?? null, message }] : [];
  });
}

/** The move of an event as message arguments: "A → B", or the new status alone when there was none before. */
function change(t: Translate, e: OrderEvent) {
  const moved = Boolean(e.toStatus) && e.fromStatus !== e.toStatus;
  return {
    change: !moved ? "none" : e.fromStatus ? "move" : "to",
    from: e.fromStatus ? statusLabel(t, e.fromStatus) : "",
    to: e.toStatus ? statusLabel(t, e.toStatus) : "",
  };
}

function reason(e: OrderEvent) {
  const given = text(e.data, "reason");
  return { hasReason: yes(Boolean(given)), reason: given ?? "" };
}

function units(e: OrderEvent) {
  const n = count(e.data, "units");
  return { hasUnits: yes(n !== undefined), units: n ?? 0 };
}

const WORDING: Record<OrderEventType, (e: OrderEvent, r: Reader) => string> = {
  "order.place": (e, { t }) => t("orders.history.placed", change(t, e)),
  "order.status": (e, { t }) => t("orders.history.statusChanged", change(t, e)),
  "oc.create": (e, { t }) => t("orders.history.ocCreated", change(t, e)),
  "oc.update": (e, { t }) => t("orders.history.ocEdited", change(t, e)),
  "oc.rules-override": (e, { t }) => {
    const rules = overriddenRules(e.data).map((r) =>
      t("orders.history.overriddenRule", { product: r.productCode ?? "", hasSku: yes(Boolean(r.skuCode)), sku: r.skuCode ?? "", rule: translateMessage(t, r.message) }),
    );
    return t("orders.history.rulesOverridden", { count: rules.length, rules: rules.join(t("orders.history.ruleSeparator")) });
  },
  "oc.send": (e, { t }) => {
    const recipient = text(e.data, "to");
    return t("orders.history.sent", { hasRecipient: yes(Boolean(recipient)), recipient: recipient ?? "" });
  },
  "oc.approve": (e, { t }) => t("orders.history.approved", change(t, e)),
  "oc.force-approve": (e, { t }) => t("orders.history.forceApproved", change(t, e)),
  "oc.confirm": (e, { t, locale }) => {
    const tags = field(e.data, "tags");
    const names = Array.isArray(tags) ? tags.filter((name): name is string => typeof name === "string") : [];
    const notified = field(e.data, "notifiedBuyer");
    return t("orders.history.confirmed", {
      ...change(t, e),
      skipped: yes(field(e.data, "skippedBuyerApproval") === true),
      notified: notified === true ? "yes" : notified === false ? "no" : "unknown",
      tagCount: names.length,
      tags: formatterFor(locale).list(names, { type: "conjunction", style: "narrow" }),
    });
  },
  "oc.make-editable": (e, { t }) => t("orders.history.madeEditable", change(t, e)),
  "delivery-note.create": (e, { t }) => {
    const sequence = count(e.data, "sequence");
    return t("orders.history.deliveryNote", { ...change(t, e), ...units(e), hasSequence: yes(Boolean(sequence)), sequence: sequence ?? 0 });
  },
  "undelivered.create": (e, { t }) => t("orders.history.undelivered", { ...change(t, e), ...units(e) }),
  "order.reject": (e, { t }) => t("orders.history.rejected", { ...change(t, e), ...reason(e) }),
  "order.cancel": (e, { t }) => t("orders.history.cancelled", { ...change(t, e), ...reason(e) }),
  "order.match-confirm": (e, { t }) => {
    const buyerName = text(e.data, "buyerName");
    return t("orders.history.matchConfirmed", { via: text(e.data, "via") === "EMAIL" ? "EMAIL" : "STAFF", hasBuyer: yes(Boolean(buyerName)), buyerName: buyerName ?? "" });
  },
  "order.buyer-cancel": (e, { t }) => t("orders.history.buyerCancelled", { ...change(t, e), ...reason(e) }),
  "release.prepare": (e, { t }) => t("orders.history.prepared", change(t, e)),
  "release.fail": (e, { t, locale }) => {
    // The detail is the full explanation (it names the short SKUs); the reason is its short form.
    // `detailMessage` is the detail as a catalogue key and values (lib/shipping/release-failure),
    // read in the reader's language; `detail` is the same in English, as older rows hold it.
    const message = text(e.data, "detailMessage");
    const stored = text(e.data, "detail");
    const code = text(e.data, "reason");
    const reasonKey = `status.releaseFailure.${code}` as Parameters<Translate["has"]>[0];
    const detail = message ? releaseFailureDetailText(t, locale, message)
      : stored ? translateMessage(t, stored)
      : code && t.has(reasonKey) ? t(reasonKey as never)
      : undefined;
    return t("orders.history.releaseFailed", { hasDetail: yes(Boolean(detail)), detail: detail ?? "" });
  },
  "payment.update": (e, { t }) => t("orders.history.cardPayment", change(t, e)),
  "order.tags-add": (e, { t, locale }) => {
    const tags = field(e.data, "tags");
    const names = Array.isArray(tags) ? tags.filter((name): name is string => typeof name === "string") : [];
    return t("orders.history.tagsAdded", { tagCount: names.length, tags: formatterFor(locale).list(names, { type: "conjunction", style: "narrow" }) });
  },
};

export function isOrderEventType(action: string): action is OrderEventType {
  return (ORDER_EVENT_TYPES as readonly string[]).includes(action);
}

/** One status-history entry in brand staff's words, in the reader's language. */
export function describeOrderEvent(e: OrderEvent, locale: AppLocale): string {
  const reader = { t: translatorFor(locale), locale };
  if (isOrderEventType(e.action)) return WORDING[e.action](e, reader);
  // Rows written by an older version of the app, if any: still words, never a raw event name.
  return reader.t("orders.history.updated", change(reader.t, e));
}

/** Who did it: a name, or a stored catalogue message such as "{name} (Buyer, via e-mail)". */
export function describeOrderActor(label: string, locale: AppLocale): string {
  return translateMessage(translatorFor(locale), label);
}
