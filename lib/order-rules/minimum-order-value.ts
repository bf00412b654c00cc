// The minimum order value: set per currency on the brand, overridable per catalog and per order
// link, optionally higher (or lower) for a buyer's first order with the brand. Stored as JSON on
// Brand, Catalog and OrderLink ({ "JPY": { "amount": 30000, "firstOrder": 50000 } }, minor units).
import { z } from "zod";

const minor = z.number().int().min(0).max(1_000_000_000_000);

/** One currency's minimum: `firstOrder` replaces `amount` for a buyer's first order when set. */
export const minimumOrderEntrySchema = z.object({ amount: minor, firstOrder: minor.nullable().optional() });

export const minimumOrderSettingSchema = z.record(z.string().regex(/^[A-Z]{3}$/), minimumOrderEntrySchema);

export type MinimumOrderSetting = z.infer<typeof minimumOrderSettingSchema>;

/** A stored setting, or none when it is missing or not in the expected shape. */
export function parseMinimumOrder(json: unknown): MinimumOrderSetting {
  const parsed = minimumOrderSettingSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : {};
}

export type MinimumOrderScope = "link" | "catalog" | "brand";

export type EffectiveMinimum = { amount: number; currency: string; scope: MinimumOrderScope; firstOrder: boolean };

/**
 * The minimum that applies to an order in `currency`: the link's if it sets one for the currency,
 * else the highest of the ordered catalogs' (a cart may span catalogs of a Dynamic Brand Link),
 * else the brand's. A buyer's first order uses the first-order amount where one is set.
 */
export function effectiveMinimum(
  settings: { brand: unknown; catalogs: unknown[]; link?: unknown },
  currency: string,
  isFirstOrder: boolean,
): EffectiveMinimum | null {
  const pick = (entry: z.infer<typeof minimumOrderEntrySchema> | undefined) => {
    if (!entry) return null;
    const first = isFirstOrder && entry.firstOrder != null;
    return { amount: first ? entry.firstOrder! : entry.amount, firstOrder: first };
  };
  const link = pick(parseMinimumOrder(settings.link)[currency]);
  if (link) return { ...link, currency, scope: "link" };
  const catalogs = settings.catalogs.map((c) => pick(parseMinimumOrder(c)[currency])).filter((c): c is NonNullable<typeof c> => c !== null);
  if (catalogs.length > 0) return { ...catalogs.reduce((a, b) => (b.amount > a.amount ? b : a)), currency, scope: "catalog" };
  const brand = pick(parseMinimumOrder(settings.brand)[currency]);
  return brand ? { ...brand, currency, scope: "brand" } : null;
}

/** How much more the subtotal needs to reach the minimum (0 when it does, or there is none). */
export function minimumShortfall(subtotal: number, minimum: EffectiveMinimum | null): number {
  if (!minimum || minimum.amount <= 0) return 0;
  return Math.max(0, minimum.amount - subtotal);
}
