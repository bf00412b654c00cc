// Countries offered at checkout: ISO codes, the brands' markets first, named in the reader's
// language by Intl.DisplayNames (no hand-written lists). Client and server alike.

export const CHECKOUT_COUNTRY_CODES = ["JP", "US", "FR", "DE", "KR", "GB", "IT", "CN", "TW", "HK", "AU", "CA"] as const;

const namers = new Map<string, Intl.DisplayNames>();

/** "Japan" / "日本" for "JP"; the code itself when the runtime does not know it. */
export function countryName(code: string, locale: string): string {
  let namer = namers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    namers.set(locale, namer);
  }
  try {
    return namer.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The checkout's country choices in the reader's language; a known country outside the list (the buyer's own) is kept. */
export function checkoutCountries(locale: string, current?: string | null): { code: string; name: string }[] {
  const codes: string[] = [...CHECKOUT_COUNTRY_CODES];
  if (current && /^[A-Z]{2}$/.test(current) && !codes.includes(current)) codes.push(current);
  return codes.map((code) => ({ code, name: countryName(code, locale) }));
}
