// Checkout settings in one place: the overriding (link) settings beat the catalogs'; Stripe is
// offered only when the brand has the add-on and the server has Stripe keys; the address input
// is forced on when shipping settings apply or Stripe Credit Card Payment is chosen.
import type { AddressFieldSetting, PaymentMethod } from "@/lib/db/generated/enums";
import type { OverridingSettings } from "./purchase-context";

type CatalogSettings = { addressField: AddressFieldSetting; paymentMethods: PaymentMethod[] };

export function effectiveCheckoutSettings(
  overriding: Pick<OverridingSettings, "addressField" | "paymentMethods"> | null,
  catalogs: CatalogSettings[],
  stripeAvailable: boolean,
): { addressField: AddressFieldSetting; paymentMethods: PaymentMethod[] } {
  const addressField = overriding?.addressField ?? (catalogs.some((c) => c.addressField === "SHOW") || catalogs.length === 0 ? "SHOW" : "HIDE");
  const wanted = overriding?.paymentMethods ?? [...new Set(catalogs.flatMap((c) => c.paymentMethods))];
  const paymentMethods = (["PAY_OUTSIDE_APP", "STRIPE_CARD"] as const).filter((m) => wanted.includes(m) && (m !== "STRIPE_CARD" || stripeAvailable));
  return { addressField, paymentMethods: paymentMethods.length ? paymentMethods : ["PAY_OUTSIDE_APP"] };
}

export function addressRequired(addressField: AddressFieldSetting, shippingApplies: boolean, paymentMethod: PaymentMethod | undefined): boolean {
  return addressField === "SHOW" || shippingApplies || paymentMethod === "STRIPE_CARD";
}
