// The link form stores the address field as shown when the link's own settings need an address:
// shipping rate groups (a fee needs a destination) or Stripe Credit Card Payment. What the buyer
// finally gets, link over catalog, is decided at checkout (lib/checkout/settings.ts).

export function linkForcesAddress(input: { shippingRateGroupIds: readonly string[]; paymentMethods: readonly string[] }): "SHIPPING" | "STRIPE_CARD" | null {
  if (input.shippingRateGroupIds.length > 0) return "SHIPPING";
  if (input.paymentMethods.includes("STRIPE_CARD")) return "STRIPE_CARD";
  return null;
}
