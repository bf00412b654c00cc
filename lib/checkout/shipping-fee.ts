// Shipping fee from rate groups (pure, shared by the checkout form and the order placement).
// A group is valid for an order when its currency is the order's, its country is the destination
// (or All Countries) and one of its rates covers the subtotal. The link's groups come first; when
// none of them is valid, the catalogs' groups are used. A country-specific group beats All Countries.

export type RateGroupInput = {
  id: string;
  name: string;
  currency: string;
  country: string | null;
  rates: { name: string; minAmount: number | null; maxAmount: number | null; fee: number }[];
};

export type ShippingQuote = { rateGroupId: string; optionName: string; fee: number; from: "primary" | "fallback" };

function pick(groups: RateGroupInput[], currency: string, country: string, subtotal: number) {
  const candidates = groups
    .filter((g) => g.currency === currency && (g.country === null || g.country === country))
    .sort((a, b) => Number(a.country === null) - Number(b.country === null));
  for (const group of candidates) {
    const rate = group.rates.find((r) => (r.minAmount ?? 0) <= subtotal && (r.maxAmount === null || subtotal <= r.maxAmount));
    if (rate) return { rateGroupId: group.id, optionName: rate.name, fee: rate.fee };
  }
  return null;
}

export function quoteShipping(
  primary: RateGroupInput[],
  fallback: RateGroupInput[],
  order: { currency: string; country: string; subtotal: number },
): ShippingQuote | null {
  const first = pick(primary, order.currency, order.country, order.subtotal);
  if (first) return { ...first, from: "primary" };
  const second = pick(fallback, order.currency, order.country, order.subtotal);
  return second ? { ...second, from: "fallback" } : null;
}

/** Shipping settings apply when any group (link's or catalogs') has rates in the order's currency. */
export function shippingApplies(primary: RateGroupInput[], fallback: RateGroupInput[], currency: string): boolean {
  return [...primary, ...fallback].some((g) => g.currency === currency && g.rates.length > 0);
}
