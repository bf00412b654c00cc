// Zod schemas of the product form (shared by the form's resolver and the actions).
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";
import { productRulesSchema, unknownPackSizes } from "@/lib/order-rules/schemas";
import { readListQuery, searchText, type QueryString } from "@/lib/pagination/search-text";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

/** A percent off wholesale, blank for "no override". */
export const discountRateSchema = z
  .union([z.literal(""), z.null(), z.undefined(), z.coerce.number({ message: msg("products.errors.discountRate") })])
  .transform((v) => (v === "" || v === null || v === undefined ? null : v))
  .refine((v) => v === null || (Number.isFinite(v) && v >= 0 && v <= 100), msg("products.errors.discountRate"))
  .refine((v) => v === null || Math.round(v * 100) === v * 100, msg("products.errors.twoDecimals"));

// ISO 4217 codes the runtime knows (so formatMoney can format every stored currency).
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{3}$/.test(v) && KNOWN_CURRENCIES.has(v), msg("products.errors.currencyCode"));

/** An amount in major units ("12.50") as typed; converted to minor units with the currency. */
const AMOUNT_MESSAGES = {
  wholesale: { required: msg("products.errors.wholesaleRequired"), negative: msg("products.errors.wholesaleNegative"), tooLarge: msg("products.errors.wholesaleTooLarge") },
  retail: { required: msg("products.errors.retailRequired"), negative: msg("products.errors.retailNegative"), tooLarge: msg("products.errors.retailTooLarge") },
};

const amountSchema = (kind: keyof typeof AMOUNT_MESSAGES) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.number({ message: AMOUNT_MESSAGES[kind].required }).min(0, AMOUNT_MESSAGES[kind].negative).max(100_000_000, AMOUNT_MESSAGES[kind].tooLarge),
  );

export const skuPriceInputSchema = z.object({
  currency: currencySchema,
  wholesalePrice: amountSchema("wholesale"),
  retailPrice: z
    .union([z.literal(""), z.null(), z.undefined(), amountSchema("retail")])
    .transform((v) => (v === "" || v === undefined ? null : v)),
});

export const skuInputSchema = z.object({
  /** Present when editing an existing SKU. */
  id: z.string().optional(),
  code: z.string().trim().min(1, msg("products.errors.skuCodeRequired")).max(64).regex(/^[^\s,]+$/, msg("products.errors.skuCodeFormat")),
  color: z.string().trim().min(1, msg("products.errors.colourRequired")).max(60),
  size: z.string().trim().min(1, msg("products.errors.sizeRequired")).max(30),
  /** Initial stock of a new SKU; existing SKUs change stock through an adjustment with a reason. */
  stockQuantity: z.coerce.number({ message: msg("products.errors.stockRequired") }).int(msg("products.errors.wholeNumber")).min(0, msg("products.errors.stockNegative")).max(10_000_000),
  prices: z.array(skuPriceInputSchema).min(1, msg("products.errors.priceRequired")),
});

export const productFormSchema = z
  .object({
    productCode: z.string().trim().min(1, msg("products.errors.productCodeRequired")).max(64),
    name: z.string().trim().min(1, msg("products.errors.nameRequired")).max(200),
    description: optionalText(5000),
    deliveryName: optionalText(200),
    discountRate: discountRateSchema,
    currencies: z.array(currencySchema).min(1, msg("products.errors.currencyRequired")),
    skus: z.array(skuInputSchema).min(1, msg("products.errors.skuRequired")),
    /** Order rules (lib/order-rules): blank means none; absent keeps the form's older callers working. */
    rules: productRulesSchema.prefault({ minQuantity: null, maxQuantity: null, minQuantityPerSku: null, orderMultiple: null }),
  })
  .superRefine((value, ctx) => {
    // A prepack may only name sizes the product's SKUs have (the SKU matrix is saved with it).
    for (const [path, message] of Object.entries(unknownPackSizes(value.rules.prepacks, value.skus.map((s) => s.size)))) {
      ctx.addIssue({ code: "custom", path: ["rules", ...path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part))], message });
    }
    const seen = new Map<string, number>();
    const combos = new Map<string, number>();
    value.skus.forEach((sku, i) => {
      const code = sku.code.toUpperCase();
      if (seen.has(code)) ctx.addIssue({ code: "custom", path: ["skus", i, "code"], message: msg("products.errors.skuCodeTwice", { code: sku.code }) });
      seen.set(code, i);
      const combo = `${sku.color.toLowerCase()}\u0000${sku.size.toLowerCase()}`;
      if (combos.has(combo)) ctx.addIssue({ code: "custom", path: ["skus", i, "size"], message: msg("products.errors.skuTwice", { color: sku.color, size: sku.size }) });
      combos.set(combo, i);
      for (const currency of value.currencies) {
        if (!sku.prices.some((p) => p.currency === currency)) {
          ctx.addIssue({ code: "custom", path: ["skus", i, "prices"], message: msg("products.errors.currencyPriceRequired", { currency }) });
        }
      }
    });
  });

export type ProductFormInput = z.input<typeof productFormSchema>;
export type ProductFormValues = z.output<typeof productFormSchema>;

export const saveProductSchema = z.object({ id: z.string().optional(), product: productFormSchema });

export const archiveProductSchema = z.object({ id: z.string().min(1), archived: z.boolean() });

export const adjustStockSchema = z.object({
  skuId: z.string().min(1),
  delta: z.coerce
    .number({ message: msg("products.errors.deltaRequired") })
    .int(msg("products.errors.wholeNumber"))
    .refine((v) => v !== 0, msg("products.errors.deltaZero"))
    .refine((v) => Math.abs(v) <= 10_000_000, msg("products.errors.deltaTooLarge")),
  reason: z.string().trim().min(1, msg("products.errors.reasonRequired")).max(200),
});

/** Splits "Navy, Ivory , navy" into ["Navy", "Ivory"]: trimmed, blanks and repeats dropped. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(",")) {
    const value = part.trim();
    if (value && !out.some((v) => v.toLowerCase() === value.toLowerCase())) out.push(value);
  }
  return out;
}

/** A SKU code from product code, colour and size: "AA-1001-NAV-M". */
export function skuCodeFor(productCode: string, color: string, size: string): string {
  const part = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]+/g, "").slice(0, 4) || "X";
  return `${productCode.trim().toUpperCase()}-${part(color)}-${part(size)}`;
}

/** The Products list's query string: search text and the Active / Archived / All tab. */
export const productListFilterSchema = z.object({
  q: searchText.catch(""),
  status: z.enum(["active", "archived", "all"]).catch("active"),
});
export type ProductListFilters = z.infer<typeof productListFilterSchema>;

export function parseProductListFilters(search: QueryString): ProductListFilters {
  return productListFilterSchema.parse(readListQuery(search).values);
}
