// Inputs of the Order Management actions and list filters, shared by forms and actions.
import { z } from "zod";
import { OrderStatus } from "@/lib/db/generated/enums";
import { msg } from "@/lib/i18n/message-text";
import { readListQuery, searchText, type QueryString } from "@/lib/pagination/search-text";
import { tagNameSchema } from "@/lib/tags/schemas";

const id = z.string().min(1).max(64);
const QUANTITY_MAX = 99_999;
const EMAIL_BODY_MAX = 5000;

export const orderIdSchema = z.object({ orderId: id });

export const ocLineSchema = z.object({
  /** An existing line of the order, or a SKU being added (skuId). */
  lineId: id.optional(),
  skuId: id.optional(),
  quantity: z.coerce
    .number({ error: msg("orders.errors.enterQuantity") })
    .int(msg("validation.wholeNumber"))
    .min(1, msg("orders.errors.quantityAtLeastOne"))
    .max(QUANTITY_MAX, msg("orders.errors.quantityTooBig", { max: QUANTITY_MAX })),
  /** In the order currency's major unit (e.g. 12.50 USD), as typed. */
  unitPrice: z.coerce.number({ error: msg("orders.errors.enterPrice") }).min(0, msg("orders.errors.negativePrice")).max(100_000_000, msg("orders.errors.priceTooLarge")),
});

export const createOcSchema = z.object({
  orderId: id,
  /** The status the editor showed: a second "create" of the same order is refused, not applied twice. */
  from: z.enum(["PLEASE_CREATE_OC", "OC_CREATED"]),
  /** The draft revision the editor loaded: a save over someone else's newer save is refused, not merged. */
  revision: z.number().int().min(0),
  lines: z.array(ocLineSchema).min(1, msg("orders.errors.ocNeedsLine")).max(500),
  /** "Save despite order rules": staff save quantities that break a product's rules (recorded in the history). */
  overrideRules: z.boolean().default(false),
});
export type CreateOcInput = z.input<typeof createOcSchema>;

export const sendForApprovalSchema = z.object({
  orderId: id,
  /** When the page showed it was last sent (null: never): a double click sends one e-mail. */
  sentAt: z.iso.datetime().nullable(),
});

export const findSkuSchema = z.object({ orderId: id, code: z.string().trim().min(1, msg("orders.errors.enterSkuCode")).max(64) });

export const confirmOcSchema = z
  .object({
    orderId: id,
    notifyBuyer: z.boolean(),
    emailBody: z.string().trim().max(EMAIL_BODY_MAX, msg("orders.errors.emailBodyTooLong", { max: EMAIL_BODY_MAX })).optional(),
    tagIds: z.array(id).max(50).default([]),
  })
  .refine((v) => !v.notifyBuyer || (v.emailBody && v.emailBody.length > 0), { path: ["emailBody"], message: msg("orders.errors.emailBodyRequired") });
export type ConfirmOcInput = z.input<typeof confirmOcSchema>;

export const rejectOrderSchema = z.object({ orderId: id, reason: z.string().trim().min(1, msg("orders.errors.rejectReasonRequired")).max(2000) });

/** The reason a buyer gives for cancelling: sent to the brand, so kept short. */
export const BUYER_CANCEL_REASON_MAX = 500;

/** The buyer's reason for cancelling (the buyer's cancel form validates with it first). */
export const buyerCancelReasonSchema = z.object({
  reason: z.string().trim().min(1, msg("buyerApp.cancel.reasonRequired")).max(BUYER_CANCEL_REASON_MAX, msg("buyerApp.cancel.reasonTooLong", { max: BUYER_CANCEL_REASON_MAX })),
});

export const cancelOrderByBuyerSchema = z.object({ orderId: id }).extend(buyerCancelReasonSchema.shape);
export type CancelOrderByBuyerInput = z.input<typeof cancelOrderByBuyerSchema>;

export const quantityLinesSchema = z.object({
  orderId: id,
  lines: z.array(z.object({ orderLineId: id, quantity: z.coerce.number().int(msg("validation.wholeNumber")).min(0, msg("orders.errors.negativeQuantity")) })).min(1),
});
export type QuantityLinesInput = z.input<typeof quantityLinesSchema>;

const optionalShipmentText = z.string().trim().max(100).optional().transform((v) => (v ? v : null));

/** A delivery note: the quantities shipped, and optionally the carrier and its tracking number. */
export const deliveryNoteSchema = quantityLinesSchema.extend({ carrier: optionalShipmentText, trackingNumber: optionalShipmentText });
export type DeliveryNoteInput = z.input<typeof deliveryNoteSchema>;

/** Tags put on an order by name (the integration API); a name the brand lacks becomes a new tag. */
export const addOrderTagsSchema = z.object({ orderId: id, tags: z.array(tagNameSchema).min(1).max(20) });

export const approvalTokenSchema = z.object({ token: z.string().min(10).max(100) });

// ── list filters (query string) ──
export const ORDER_SORTS = ["newest", "oldest", "number_desc", "number_asc"] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];

// Query strings are typed by hand too: a bad value falls back to "no filter", never an error page.
const optionalText = z.string().trim().max(100).optional().transform((v) => (v ? v : undefined)).catch(undefined);
const optionalSearch = searchText.optional().transform((v) => (v ? v : undefined)).catch(undefined);
const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
  .optional()
  .catch(undefined);

export const orderFiltersSchema = z.object({
  number: optionalSearch,
  /** The buyer's PO No.: the order whose PO No. is, or starts with, this text. */
  po: optionalSearch,
  buyer: optionalSearch,
  status: z.enum(OrderStatus).optional().catch(undefined),
  tag: optionalText,
  link: optionalSearch,
  from: optionalDate,
  to: optionalDate,
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/).optional().catch(undefined),
  sort: z.enum(ORDER_SORTS).default("newest").catch("newest"),
});
export type OrderFilters = z.infer<typeof orderFiltersSchema>;

export function parseOrderFilters(search: QueryString): OrderFilters {
  const flat = Object.fromEntries(Object.entries(readListQuery(search).values).map(([k, v]) => [k, v || undefined]));
  return orderFiltersSchema.parse(flat);
}
