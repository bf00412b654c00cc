// The order-rule fields of the product form and the spreadsheet import: validated when saved, so a
// multiple of 0, a pack with no sizes or a minimum above the maximum never reaches a buyer.
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";
import { ProductSaleMode } from "@/lib/db/generated/enums";

const MAX_UNITS = 100_000;
/** Blank means "no rule": form fields and spreadsheet cells may be empty. */
const optionalCount = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : typeof v === "string" ? Number(v) : v),
  z.number().int().min(1).max(MAX_UNITS).nullable(),
);

export const prepackSchema = z.object({
  id: z.string().max(64).optional(),
  name: z.string().trim().min(1).max(60),
  sizes: z
    .array(z.object({ size: z.string().trim().min(1).max(40), quantity: z.coerce.number().int().min(1).max(1000) }))
    .min(1, msg("orderRules.errors.packNeedsSizes"))
    .max(40)
    .refine((sizes) => new Set(sizes.map((s) => s.size)).size === sizes.length, msg("orderRules.errors.packSizeTwice")),
});
export type PrepackInput = z.input<typeof prepackSchema>;

export const productRulesSchema = z
  .object({
    minQuantity: optionalCount,
    maxQuantity: optionalCount,
    minQuantityPerSku: optionalCount,
    orderMultiple: optionalCount,
    saleMode: z.enum(ProductSaleMode).default("SINGLES"),
    prepacks: z.array(prepackSchema).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.minQuantity && v.maxQuantity && v.minQuantity > v.maxQuantity) {
      ctx.addIssue({ code: "custom", path: ["minQuantity"], message: msg("orderRules.errors.minAboveMax") });
    }
    if (v.minQuantityPerSku && v.maxQuantity && v.minQuantityPerSku > v.maxQuantity) {
      ctx.addIssue({ code: "custom", path: ["minQuantityPerSku"], message: msg("orderRules.errors.minAboveMax") });
    }
    if (v.saleMode !== "SINGLES" && v.prepacks.length === 0) {
      ctx.addIssue({ code: "custom", path: ["prepacks"], message: msg("orderRules.errors.packsNeeded") });
    }
    const names = v.prepacks.map((p) => p.name.toLowerCase());
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) ctx.addIssue({ code: "custom", path: ["prepacks", i, "name"], message: msg("orderRules.errors.packNameTwice") });
    });
  });
export type ProductRulesInput = z.input<typeof productRulesSchema>;

/** Pack sizes the product does not have (checked at save against its SKUs' sizes): field errors by path. */
export function unknownPackSizes(prepacks: { sizes: { size: string }[] }[], productSizes: string[]): Record<string, string> {
  const known = new Set(productSizes);
  const errors: Record<string, string> = {};
  prepacks.forEach((p, i) =>
    p.sizes.forEach((s, j) => {
      if (!known.has(s.size)) errors[`prepacks.${i}.sizes.${j}.size`] = msg("orderRules.errors.packSizeUnknown", { size: s.size });
    }),
  );
  return errors;
}
