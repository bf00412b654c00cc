// Money is stored in integer minor units of its currency; this turns it into text with the
// currency's own number of decimals (JPY none, USD and EUR two).

// Building an Intl.NumberFormat costs about 20 µs, formatting with one under 1 µs: pages format
// hundreds of amounts and the CSV export hundreds of thousands, so formatters are kept.
const digitsOf = new Map<string, number>();
const formatters = new Map<string, Intl.NumberFormat>();

export function minorDigits(currency: string): number {
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsOf.set(currency, digits);
  }
  return digits;
}

export function formatMoney(amountMinor: number, currency: string, locale = "en"): string {
  const digits = minorDigits(currency);
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter.format(amountMinor / 10 ** digits);
}

/** "12.50" in USD -> 1250; "1200" in JPY -> 1200. */
export function toMinor(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorDigits(currency));
}

export function fromMinor(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorDigits(currency);
}
