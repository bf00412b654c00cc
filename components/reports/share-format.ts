// Sell-through and other shares (0..1) as a percentage in the reader's language: "45.5%".
const formats = new Map<string, Intl.NumberFormat>();

export function formatShare(share: number | null, locale: string): string | null {
  if (share === null) return null;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
    formats.set(locale, format);
  }
  return format.format(share);
}
