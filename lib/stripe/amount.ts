// Amounts for Stripe's API. The app keeps money in the minor units of Intl's currency data (JPY 0
// decimals, USD 2); Stripe wants its own minor units, which agree for most currencies (JPY in yen,
// USD in cents) but not all: ISK and HUF are whole units in Intl yet two-decimal in Stripe's API.
import { minorDigits } from "@/lib/money/format";

// Stripe's zero- and three-decimal currencies; every other currency is two-decimal in its API.
const ZERO_DECIMAL = new Set(["BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"]);
const THREE_DECIMAL = new Set(["BHD", "JOD", "KWD", "OMR", "TND"]);

export function stripeDecimals(currency: string): number {
  const code = currency.toUpperCase();
  return ZERO_DECIMAL.has(code) ? 0 : THREE_DECIMAL.has(code) ? 3 : 2;
}

/** An amount in the app's minor units as Stripe's `unit_amount` / `amount_total`. */
export function toStripeAmount(amountMinor: number, currency: string): number {
  const shift = stripeDecimals(currency) - minorDigits(currency.toUpperCase());
  if (shift >= 0) return amountMinor * 10 ** shift;
  const factor = 10 ** -shift;
  // Never round money silently: an amount Stripe cannot express is a bug to see.
  if (amountMinor % factor !== 0) throw new Error(`${amountMinor} ${currency} has more decimals than Stripe accepts`);
  return amountMinor / factor;
}
