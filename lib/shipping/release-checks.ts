// The checks a release runs before it touches stock, each giving the Failed to Release detail
// staff see (as a catalogue key and values: release-failure.ts). Pure functions over the order as
// read, so they are cheap for a bulk run.
import { releaseFailureDetails, type AddressField } from "./release-failure";

type AddressFields = {
  shipRecipient: string | null;
  shipLine1: string | null;
  shipCity: string | null;
  shipPostalCode: string | null;
  shipCountry: string;
};

// Postal code shapes we can verify; other countries only need one to be present.
const POSTAL_FORMATS: Record<string, RegExp> = {
  JP: /^\d{3}-?\d{4}$/,
  US: /^\d{5}(-\d{4})?$/,
};

/** Why the address cannot be shipped to, or null when it can. */
export function addressProblem(order: AddressFields): string | null {
  const missing = (
    [
      ["recipient", order.shipRecipient],
      ["streetAddress", order.shipLine1],
      ["city", order.shipCity],
      ["postalCode", order.shipPostalCode],
    ] as const satisfies readonly (readonly [AddressField, string | null])[]
  )
    .filter(([, value]) => !value?.trim())
    .map(([name]) => name);
  if (missing.length > 0) return releaseFailureDetails.addressMissing(missing);
  if (!/^[A-Z]{2}$/.test(order.shipCountry)) return releaseFailureDetails.notACountry(order.shipCountry);
  const format = POSTAL_FORMATS[order.shipCountry];
  if (format && !format.test(order.shipPostalCode!.trim())) return releaseFailureDetails.postalCode(order.shipPostalCode!, order.shipCountry);
  return null;
}

type LineProduct = { productCode: string; productName: string; sku: { product: { deliveryName: string | null } } };

/** Products of the order registered without a delivery name, or null when all have one. */
export function deliveryNameProblem(lines: LineProduct[]): string | null {
  const missing = new Map<string, { name: string; code: string }>();
  for (const l of lines) {
    if (!l.sku.product.deliveryName?.trim()) missing.set(`${l.productCode}\u0000${l.productName}`, { name: l.productName, code: l.productCode });
  }
  if (missing.size === 0) return null;
  return releaseFailureDetails.noDeliveryName([...missing.values()]);
}
