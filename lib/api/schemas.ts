// Inputs of the integration API that no admin form has: path ids, list queries (cursor pages),
// the product upsert and the inventory update. Where a form exists (confirm, reject, delivery
// notes, undelivered SKUs), the routes validate with the form's own schema instead.
import { z } from "zod";
import { ConnectionStatus, OrderStatus } from "@/lib/db/generated/enums";
import { msg } from "@/lib/i18n/message-text";
import { currencySchema } from "@/lib/products/schemas";

export const MAX_PAGE_SIZE = 100;
const STOCK_MAX = 10_000_000;
/** The import's largest amount (100,000,000 in major units) in minor units of a two-decimal currency. */
const AMOUNT_MAX = 10_000_000_000;

const code = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date().meta({ description: "A date, YYYY-MM-DD (a UTC day, as in Order Management's filter)." });

export const idParamsSchema = z.object({ id: z.string().min(1).max(64) });
export const productCodeParamsSchema = z.object({ productCode: code(64).meta({ description: "The product ID (model number)." }) });
export const skuCodeParamsSchema = z.object({ code: code(64).meta({ description: "The SKU code." }) });

export const pageQueryFields = {
  cursor: z.string().max(500).optional().meta({ description: "The nextCursor of the previous page." }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50).meta({ description: `Rows per page, at most ${MAX_PAGE_SIZE}.` }),
};

export const orderListQuerySchema = z
  .object({
    ...pageQueryFields,
    status: z.enum(OrderStatus).optional(),
    placedFrom: isoDate.optional(),
    placedTo: isoDate.optional(),
    updatedSince: z.iso.datetime({ offset: true }).optional().meta({ description: "Only orders changed at or after this moment (ISO 8601)." }),
    tag: z.string().trim().min(1).max(40).optional().meta({ description: "A tag name (any case)." }),
    buyer: z.string().min(1).max(64).optional().meta({ description: "A buyer id." }),
  })
  .refine((q) => !q.placedFrom || !q.placedTo || q.placedFrom <= q.placedTo, { path: ["placedTo"], message: msg("validation.date") });

export const productListQuerySchema = z.object({
  ...pageQueryFields,
  status: z.enum(["active", "archived", "all"]).default("active"),
  updatedSince: z.iso.datetime({ offset: true }).optional(),
});

export const skuListQuerySchema = z.object({
  ...pageQueryFields,
  product: code(64).optional().meta({ description: "Only the SKUs of this product ID." }),
  updatedSince: z.iso.datetime({ offset: true }).optional(),
});

export const buyerListQuerySchema = z.object({ ...pageQueryFields, status: z.enum(ConnectionStatus).optional() });

// ── product upsert: the import's columns as JSON (amounts in minor units, as everywhere in the API) ──
const amountSchema = z.number().int(msg("products.import.errors.amount")).min(0, msg("products.import.errors.amount")).max(AMOUNT_MAX, msg("products.import.errors.amount"));

export const productUpsertSchema = z.object({
  productCode: code(64),
  name: z.string().trim().min(1, msg("products.import.errors.productNameRequired")).max(200),
  description: z.string().trim().max(5000).nullish().meta({ description: "Left out or null: kept as it is." }),
  deliveryName: z.string().trim().max(200).nullish().meta({ description: "Left out or null: kept as it is." }),
  skus: z
    .array(
      z.object({
        code: z.string().trim().min(1, msg("products.import.errors.skuCodeRequired")).max(64).regex(/^[^\s,]+$/, msg("products.import.errors.skuCodeFormat")),
        color: z.string().trim().min(1, msg("products.import.errors.colourRequired")).max(60),
        size: z.string().trim().min(1, msg("products.import.errors.sizeRequired")).max(30),
        stock: z.number().int(msg("products.import.errors.stock")).min(0, msg("products.import.errors.stock")).max(STOCK_MAX, msg("products.import.errors.stock")).nullish()
          .meta({ description: "Units on hand. Left out or null: a new SKU starts at 0, an existing one keeps its stock." }),
        prices: z
          .array(z.object({ currency: currencySchema, wholesalePrice: amountSchema, retailPrice: amountSchema.nullish() }))
          .min(1, msg("products.import.errors.wholesaleRequired"))
          .max(20)
          .meta({ description: "Amounts in the currency's minor unit (JPY: yen, USD: cents). A currency not sent keeps its price." }),
      }),
    )
    .min(1)
    .max(500),
});
export type ProductUpsertInput = z.output<typeof productUpsertSchema>;

// ── inventory: many SKUs at once, each set to a quantity or changed by a delta ──
export const inventoryUpdateSchema = z.object({
  reason: z.string().trim().max(200).optional().meta({ description: "Recorded on each stock movement; left out: \"API\"." }),
  items: z
    .array(
      z
        .object({
          sku: code(64).meta({ description: "The SKU code." }),
          quantity: z.number().int(msg("validation.wholeNumber")).min(0, msg("products.errors.stockNegative")).max(STOCK_MAX).optional().meta({ description: "Set the stock to this." }),
          delta: z
            .number()
            .int(msg("validation.wholeNumber"))
            .min(-STOCK_MAX, msg("products.errors.deltaTooLarge"))
            .max(STOCK_MAX, msg("products.errors.deltaTooLarge"))
            .refine((v) => v !== 0, msg("products.errors.deltaZero"))
            .optional()
            .meta({ description: "Or change the stock by this (never below 0)." }),
        })
        .refine((item) => (item.quantity === undefined) !== (item.delta === undefined), { path: ["quantity"], message: msg("api.errors.quantityOrDelta") }),
    )
    .min(1)
    .max(500)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.sku)) ctx.addIssue({ code: "custom", path: [i, "sku"], message: msg("api.errors.skuTwice") });
        seen.add(item.sku);
      });
    }),
});
export type InventoryUpdate = z.output<typeof inventoryUpdateSchema>;
