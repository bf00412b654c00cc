// Zod schemas of the product form (shared by the form's resolver and the actions).
import { z } from "zod";
import { readListQuery, searchText, type QueryString } from "@/lib/pagination/search-text";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : null));

/** A percent off wholesale, blank for "no override". */
export const discountRateSchema = z
  .union([z.literal(""), z.null(), z.undefined(), z.coerce.number({ message: "Enter a number from 0 to 100." })])
  .transform((v) => (v === "" || v === null || v === undefined ? null : v))
  .refine((v) => v === null || (Number.isFinite(v) && v >= 0 && v <= 100), "Enter a number from 0 to 100.")
  .refine((v) => v === null || Math.round(v * 100) === v * 100, "Use at most two decimals.");

// ISO 4217 codes the runtime knows (so formatMoney can format every stored currency).
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{3}$/.test(v) && KNOWN_CURRENCIES.has(v), "Use a three-letter currency code such as JPY or USD.");

/** An amount in major units ("12.50") as typed; converted to minor units with the currency. */
const amountSchema = (label: string) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.number({ message: `Enter the ${label}.` }).min(0, `The ${label} cannot be negative.`).max(100_000_000, `The ${label} is too large.`),
  );

export const skuPriceInputSchema = z.object({
  currency: currencySchema,
  wholesalePrice: amountSchema("wholesale price"),
  retailPrice: z
    .union([z.literal(""), z.null(), z.undefined(), amountSchema("retail price")])
    .transform((v) => (v === "" || v === undefined ? null : v)),
});

export const skuInputSchema = z.object({
  /** Present when editing an existing SKU. */
  id: z.string().optional(),
  code: z.string().trim().min(1, "Enter the SKU code.").max(64, "Use at most 64 characters.").regex(/^[^\s,]+$/, "No spaces or commas in a SKU code."),
  color: z.string().trim().min(1, "Enter the colour.").max(60),
  size: z.string().trim().min(1, "Enter the size.").max(30),
  /** Initial stock of a new SKU; existing SKUs change stock through an adjustment with a reason. */
  stockQuantity: z.coerce.number({ message: "Enter the stock quantity." }).int("Use a whole number.").min(0, "Stock cannot be negative.").max(10_000_000),
  prices: z.array(skuPriceInputSchema).min(1, "Enter at least one price."),
});

export const productFormSchema = z
  .object({
    productCode: z.string().trim().min(1, "Enter the product ID / model number.").max(64, "Use at most 64 characters."),
    name: z.string().trim().min(1, "Enter the product name.").max(200, "Use at most 200 characters."),
    description: optionalText(5000),
    deliveryName: optionalText(200),
    discountRate: discountRateSchema,
    currencies: z.array(currencySchema).min(1, "Choose at least one currency."),
    skus: z.array(skuInputSchema).min(1, "Generate or add at least one SKU."),
  })
  .superRefine((value, ctx) => {
    const seen = new Map<string, number>();
    const combos = new Map<string, number>();
    value.skus.forEach((sku, i) => {
      const code = sku.code.toUpperCase();
      if (seen.has(code)) ctx.addIssue({ code: "custom", path: ["skus", i, "code"], message: `SKU code ${sku.code} is used twice.` });
      seen.set(code, i);
      const combo = `${sku.color.toLowerCase()}\u0000${sku.size.toLowerCase()}`;
      if (combos.has(combo)) ctx.addIssue({ code: "custom", path: ["skus", i, "size"], message: `${sku.color} / ${sku.size} is listed twice.` });
      combos.set(combo, i);
      for (const currency of value.currencies) {
        if (!sku.prices.some((p) => p.currency === currency)) {
          ctx.addIssue({ code: "custom", path: ["skus", i, "prices"], message: `Enter the ${currency} wholesale price.` });
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
    .number({ message: "Enter how many units to add (or remove, with a minus sign)." })
    .int("Use a whole number.")
    .refine((v) => v !== 0, "Enter a change other than zero.")
    .refine((v) => Math.abs(v) <= 10_000_000, "That change is too large."),
  reason: z.string().trim().min(1, "Enter the reason for the adjustment.").max(200, "Use at most 200 characters."),
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
