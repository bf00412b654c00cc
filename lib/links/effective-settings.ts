// "Settings on the link take precedence over the catalog's": the one place that decides which
// address-field setting, payment methods and shipping rate groups apply when a buyer checks out a
// catalog through a link. Pure, so the admin form, the link pages and checkout all agree.
import type { AddressFieldSetting, PaymentMethod } from "@/lib/db/generated/enums";

export type RateGroupLike = { id: string; currency: string; country: string | null; rateCount: number };

export type CheckoutSettingsSource = {
  addressField: AddressFieldSetting;
  paymentMethods: readonly PaymentMethod[];
  rateGroups: readonly RateGroupLike[];
};

export type EffectiveCheckoutSettings = {
  addressField: AddressFieldSetting;
  /** Why the address field is shown although the link hides it; null when not forced. */
  addressForcedBy: "SHIPPING" | "STRIPE_CARD" | null;
  paymentMethods: PaymentMethod[];
  rateGroups: RateGroupLike[];
  rateGroupSource: "link" | "catalog" | "none";
};

/**
 * A rate group can price this checkout when it has at least one rate and, when the checkout's
 * currency is known, is in that currency.
 */
export function isRateGroupUsable(group: RateGroupLike, currency?: string | null): boolean {
  return group.rateCount > 0 && (!currency || group.currency === currency);
}

export function effectiveCheckoutSettings(input: {
  link: CheckoutSettingsSource;
  catalog: CheckoutSettingsSource;
  brand: { stripeEnabled: boolean };
  /** The currency of the checkout (the link's terms or the buyer's), when known. */
  currency?: string | null;
}): EffectiveCheckoutSettings {
  const { link, catalog, brand, currency } = input;
  // Card payment exists only while the brand has the add-on, whatever was saved earlier.
  const allowed = (methods: readonly PaymentMethod[]) => methods.filter((m) => m !== "STRIPE_CARD" || brand.stripeEnabled);
  const linkMethods = allowed(link.paymentMethods);
  const paymentMethods = linkMethods.length > 0 ? linkMethods : allowed(catalog.paymentMethods);

  // "If all shipping rates set for the link are invalid, the shipping rates set for the catalog
  // will be referenced."
  const linkGroups = link.rateGroups.filter((g) => isRateGroupUsable(g, currency));
  const catalogGroups = catalog.rateGroups.filter((g) => isRateGroupUsable(g, currency));
  const [rateGroups, rateGroupSource] =
    linkGroups.length > 0 ? [linkGroups, "link" as const] : catalogGroups.length > 0 ? [catalogGroups, "catalog" as const] : [[], "none" as const];

  // The address is required (shown whatever the setting) when shipping applies or cards are taken.
  const reason = rateGroups.length > 0 ? "SHIPPING" : paymentMethods.includes("STRIPE_CARD") ? "STRIPE_CARD" : null;
  const addressForcedBy = link.addressField === "HIDE" ? reason : null;
  const addressField = reason ? "SHOW" : link.addressField;
  return { addressField, addressForcedBy, paymentMethods, rateGroups, rateGroupSource };
}

/** For the link form: whether the link's own settings force the address field on. */
export function linkForcesAddress(input: { shippingRateGroupIds: readonly string[]; paymentMethods: readonly string[] }): "SHIPPING" | "STRIPE_CARD" | null {
  if (input.shippingRateGroupIds.length > 0) return "SHIPPING";
  if (input.paymentMethods.includes("STRIPE_CARD")) return "STRIPE_CARD";
  return null;
}
