// The one place a line's unit price is computed. Precedence, strongest first:
// catalog-product override > product override > catalog > buyer's trading terms or the link's terms.
// Each level is a discount rate (percent off the SKU's wholesale price in the order currency).

type Rate = number | string | { toString(): string } | null | undefined;

export type PriceRates = { catalogProduct?: Rate; product?: Rate; catalog?: Rate; terms?: Rate };

export function effectiveDiscountRate(rates: PriceRates): number {
  for (const rate of [rates.catalogProduct, rates.product, rates.catalog, rates.terms]) {
    if (rate !== null && rate !== undefined) return Number(rate.toString());
  }
  return 0;
}

/** Unit price in minor units, rounded half up. */
export function unitPrice(wholesalePrice: number, rates: PriceRates): number {
  const rate = effectiveDiscountRate(rates);
  return Math.round((wholesalePrice * (100 - rate)) / 100);
}
