// Inputs of the shipping area: the work queue's bookmarkable filters (read from the query string)
// and the payloads of the release and cancellation actions.
import { z } from "zod";
import { SHIPPING_OPTION_VALUE } from "./shipping-option";

export const SHIP_SCOPES = ["domestic", "international"] as const;
export type ShipScope = (typeof SHIP_SCOPES)[number];

export const QUEUE_VIEWS = ["not-yet-released", "failed-to-release"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const RELEASED_VIEWS = ["all", "preparing-product", "partially-shipped", "shipped"] as const;
export type ReleasedView = (typeof RELEASED_VIEWS)[number];

export const SEARCH_FIELDS = ["orderNo", "productId", "sku"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const SEARCH_FIELD_LABELS: Record<SearchField, string> = { orderNo: "Order No.", productId: "Product ID", sku: "SKU" };

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** Filters shared by the work queue and the Shipping view. Bad values fall back to defaults. */
export const shippingFilterSchema = z.object({
  scope: z.enum(SHIP_SCOPES).catch("domestic"),
  field: z.enum(SEARCH_FIELDS).catch("orderNo"),
  q: z.string().trim().max(100).catch(""),
  email: z.string().trim().max(200).catch(""),
  from: isoDate,
  to: isoDate,
  /** Shipping option (see shipping-option.ts): "group:<rate group id>" or "none"; anything else is no filter. */
  ship: z.string().trim().regex(SHIPPING_OPTION_VALUE).catch(""),
});
export type ShippingFilter = z.infer<typeof shippingFilterSchema>;

export const queueFilterSchema = shippingFilterSchema.extend({ view: z.enum(QUEUE_VIEWS).catch("not-yet-released") });
export type QueueFilter = z.infer<typeof queueFilterSchema>;

export const releasedFilterSchema = shippingFilterSchema.extend({ view: z.enum(RELEASED_VIEWS).catch("all") });
export type ReleasedFilter = z.infer<typeof releasedFilterSchema>;

type Search = Record<string, string | string[] | undefined>;

function firstValues(search: Search): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

export function parseQueueFilter(search: Search): QueueFilter {
  return queueFilterSchema.parse(firstValues(search));
}

export function parseReleasedFilter(search: Search): ReleasedFilter {
  return releasedFilterSchema.parse(firstValues(search));
}

const orderIds = z.array(z.string().min(1).max(64));

/** One chunk of a release run; the client sends a large selection in chunks of this size. */
export const RELEASE_CHUNK_SIZE = 100;
/** The most orders one "select all matching" may pick. */
export const MAX_SELECTION = 5000;

export const prepareReleaseSchema = z.object({
  orderIds: orderIds.min(1, "Select at least one order.").max(RELEASE_CHUNK_SIZE, `Send at most ${RELEASE_CHUNK_SIZE} orders at a time.`),
});

export const releasePreviewSchema = z.object({
  orderIds: orderIds.min(1, "Select at least one order.").max(MAX_SELECTION),
});

export const matchingOrdersSchema = queueFilterSchema;

export const cancelOrdersSchema = z.object({
  orderIds: orderIds.min(1, "Select at least one order.").max(RELEASE_CHUNK_SIZE, `Cancel at most ${RELEASE_CHUNK_SIZE} orders at a time.`),
  reason: z.string().trim().min(1, "Enter the reason for cancelling.").max(500, "Keep the reason under 500 characters."),
});
export type CancelOrdersInput = z.infer<typeof cancelOrdersSchema>;
