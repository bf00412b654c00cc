import "server-only";
// What the checkout offers for a purchase: the effective address setting and payment methods, and
// the rate groups (the overriding settings' groups first, the catalogs' as the fallback).
import { prisma, type Tx } from "@/lib/db/client";
import type { AddressFieldSetting, PaymentMethod } from "@/lib/db/generated/enums";
import { stripeAvailable } from "@/lib/stripe/stripe-client";
import type { PurchaseContext } from "./purchase-context";
import { effectiveCheckoutSettings } from "./settings";
import { shippingApplies, type RateGroupInput } from "./shipping-fee";

export type CheckoutOptions = {
  addressField: AddressFieldSetting;
  paymentMethods: PaymentMethod[];
  primaryGroups: RateGroupInput[];
  fallbackGroups: RateGroupInput[];
  shippingApplies: boolean;
  /** The catalogs' minimum order value settings (read here so checkout checks them without a statement of its own). */
  catalogMinimums: unknown[];
};

const GROUP_SELECT = { id: true, name: true, currency: true, country: true, rates: { select: { name: true, minAmount: true, maxAmount: true, fee: true } } } as const;

/** catalogIds: the catalogs the cart's lines come from (their settings are the fallback). */
export async function loadCheckoutOptions(ctx: PurchaseContext, catalogIds: string[], db: Pick<Tx, "catalog" | "shippingRateGroup"> = prisma): Promise<CheckoutOptions> {
  const ids = catalogIds.length ? catalogIds : ctx.orderableCatalogIds;
  const catalogs = await db.catalog.findMany({
    where: { id: { in: ids }, brandId: ctx.brand.id },
    select: { addressField: true, paymentMethods: true, minimumOrder: true, shippingRateGroups: { select: { rateGroup: { select: GROUP_SELECT } } } },
  });
  const catalogGroups = dedupe(catalogs.flatMap((c) => c.shippingRateGroups.map((g) => g.rateGroup)));
  const overriding = ctx.overridingSettings;
  const linkGroups = overriding?.rateGroupIds.length
    ? await db.shippingRateGroup.findMany({ where: { id: { in: overriding.rateGroupIds }, brandId: ctx.brand.id }, select: GROUP_SELECT })
    : [];
  const settings = effectiveCheckoutSettings(overriding, catalogs, stripeAvailable(ctx.brand));
  const primaryGroups = overriding ? linkGroups : catalogGroups;
  const fallbackGroups = overriding ? catalogGroups : [];
  return {
    ...settings, primaryGroups, fallbackGroups, shippingApplies: shippingApplies(primaryGroups, fallbackGroups, ctx.currency),
    catalogMinimums: catalogs.map((c) => c.minimumOrder),
  };
}

function dedupe(groups: RateGroupInput[]) {
  return [...new Map(groups.map((g) => [g.id, g])).values()];
}
