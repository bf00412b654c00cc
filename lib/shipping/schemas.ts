// Inputs of the shipping area: the work queue's bookmarkable filters (read from the query string)
// and the payloads of the release and cancellation actions.
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";
import { SHIPPING_OPTION_VALUE } from "./shipping-option";
import { readListQuery, searchText, type QueryString } from "@/lib/pagination/search-text";

export const SHIP_SCOPES = ["domestic", "international"] as const;
export type ShipScope = (typeof SHIP_SCOPES)[number];

export const QUEUE_VIEWS = ["not-yet-released", "failed-to-release"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const RELEASED_VIEWS = ["all", "preparing-product", "partially-shipped", "shipped"] as const;
export type ReleasedView = (typeof RELEASED_VIEWS)[number];

export const SEARCH_FIELDS = ["orderNo", "productId", "sku"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** Filters shared by the work queue and the Shipping view. Bad values fall back to defaults. */
export const shippingFilterSchema = z.object({
  scope: z.enum(SHIP_SCOPES).catch("domestic"),
  field: z.enum(SEARCH_FIELDS).catch("orderNo"),
  q: searchText.catch(""),
  email: searchText.catch(""),
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

export function parseQueueFilter(search: QueryString): QueueFilter {
  return queueFilterSchema.parse(readListQuery(search).values);
}

export function parseReleasedFilter(search: QueryString): ReleasedFilter {
  return releasedFilterSchema.parse(readListQuery(search).values);
}

const orderIds = z.array(z.string().min(1).max(64));

/** One chunk of a release run; the client sends a large selection in chunks of this size. */
export const RELEASE_CHUNK_SIZE = 100;
/** The most orders one "select all matching" may pick. */
export const MAX_SELECTION = 5000;

export const prepareReleaseSchema = z.object({
  orderIds: orderIds.min(1, msg("shipping.errors.selectOrder")).max(RELEASE_CHUNK_SIZE, msg("shipping.errors.releaseChunk", { max: RELEASE_CHUNK_SIZE })),
});

export const releasePreviewSchema = z.object({
  orderIds: orderIds.min(1, msg("shipping.errors.selectOrder")).max(MAX_SELECTION),
});

export const matchingOrdersSchema = queueFilterSchema;

const MAX_REASON = 500;

export const cancelOrdersSchema = z.object({
  orderIds: orderIds.min(1, msg("shipping.errors.selectOrder")).max(RELEASE_CHUNK_SIZE, msg("shipping.errors.cancelChunk", { max: RELEASE_CHUNK_SIZE })),
  reason: z.string().trim().min(1, msg("shipping.errors.reasonRequired")).max(MAX_REASON, msg("shipping.errors.reasonTooLong", { max: MAX_REASON })),
});
export type CancelOrdersInput = z.infer<typeof cancelOrdersSchema>;
