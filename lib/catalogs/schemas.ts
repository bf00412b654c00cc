// Zod schemas of the catalog forms (shared by the forms' resolvers and the actions).
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";
import { readListQuery, searchText, type QueryString } from "@/lib/pagination/search-text";
import { discountRateSchema } from "@/lib/products/schemas";
import { minimumOrderRowsSchema } from "@/lib/settings/schemas";

/** A date-time as the form sends it (ISO, converted from the browser's local time), or blank. */
export const optionalDateSchema = z
  .union([z.literal(""), z.null(), z.undefined(), z.string()])
  .transform((v, ctx) => {
    if (!v) return null;
    const date = new Date(v);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: msg("validation.date") });
      return z.NEVER;
    }
    return date;
  });

export const CATALOG_STATUSES = ["OPEN", "LIMITED", "CLOSED"] as const;
export const PAYMENT_METHODS = ["PAY_OUTSIDE_APP", "STRIPE_CARD"] as const;

export const catalogFormSchema = z
  .object({
    name: z.string().trim().min(1, msg("catalogs.errors.nameRequired")).max(120),
    season: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v || null),
    status: z.enum(CATALOG_STATUSES, { message: msg("catalogs.errors.status") }),
    buyerIds: z.array(z.string().min(1)).default([]),
    publicationDate: optionalDateSchema,
    orderDeadline: optionalDateSchema,
    discountRate: discountRateSchema,
    addressField: z.enum(["SHOW", "HIDE"]),
    paymentMethods: z.array(z.enum(PAYMENT_METHODS)).min(1, msg("catalogs.errors.paymentMethodRequired")),
    shippingRateGroupIds: z.array(z.string().min(1)).default([]),
    /** The catalog's own minimum order value per currency (blank rows inherit the brand's); absent keeps the stored one. */
    minimumOrder: minimumOrderRowsSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status === "LIMITED" && value.buyerIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["buyerIds"], message: msg("catalogs.errors.buyersRequired") });
    }
    if (value.publicationDate && value.orderDeadline && value.orderDeadline <= value.publicationDate) {
      ctx.addIssue({ code: "custom", path: ["orderDeadline"], message: msg("catalogs.errors.deadlineBeforePublication") });
    }
  });

export type CatalogFormInput = z.input<typeof catalogFormSchema>;
export type CatalogFormValues = z.output<typeof catalogFormSchema>;

export const saveCatalogSchema = z.object({ id: z.string().optional(), catalog: catalogFormSchema });

export const addCatalogProductsSchema = z.object({
  catalogId: z.string().min(1),
  productIds: z.array(z.string().min(1)).min(1, msg("catalogs.errors.productRequired")).max(500),
});

export const catalogProductOverrideSchema = z.object({
  catalogProductId: z.string().min(1),
  discountRate: discountRateSchema,
  deliveryDate: optionalDateSchema,
});

export const catalogProductRefSchema = z.object({ catalogProductId: z.string().min(1) });
export const moveCatalogProductSchema = z.object({ catalogProductId: z.string().min(1), direction: z.enum(["up", "down"]) });
/** The Limited catalog's buyer picker: a part of a buyer's name. */
export const buyerOptionSearchSchema = z.object({ q: searchText });

/** The Catalogs list's query string (status tab in lower case, as its tab links write it). */
export const catalogListFilterSchema = z.object({
  q: searchText.catch(""),
  status: z
    .enum(CATALOG_STATUSES.map((s) => s.toLowerCase()) as ["open", "limited", "closed"])
    .transform((s) => s.toUpperCase() as (typeof CATALOG_STATUSES)[number])
    .optional()
    .catch(undefined),
});
export type CatalogListFilters = z.infer<typeof catalogListFilterSchema>;

export function parseCatalogListFilters(search: QueryString): CatalogListFilters {
  return catalogListFilterSchema.parse(readListQuery(search).values);
}
