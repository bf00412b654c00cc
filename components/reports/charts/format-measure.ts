// How a report number reads, in a chart's axis and tooltip and in the table beside it: one place,
// so the two never disagree, and money reads exactly as in every other table of the app. Money is
// stored in integer minor units of its currency (lib/money/format), so a sales value of 1250 in USD
// is $12.50 and 1250 in JPY is ¥1,250. Plain data only: these props cross from server to client.
import { formatMoney, fromMinor } from "@/lib/money/format";

export const MEASURES = ["value", "units", "orders"] as const;
/** value: money in minor units of `currency`; units: pieces sold; orders: number of orders. */
export type Measure = (typeof MEASURES)[number];

/** What a number counts. A value (money) needs its currency; counts take none (a currency given is ignored). */
export type MeasureSpec = { measure: "value"; currency: string } | { measure: "units" | "orders"; currency?: string | null };

/** A measure and the locale it is read in ("en", "ja", "ja-JP"). */
export type MeasureFormat = MeasureSpec & { locale: string };

// Building an Intl.NumberFormat costs far more than using one, and a chart formats every tick and
// every cell on each render: formatters are kept per locale, currency and style.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let kept = formatters.get(key);
  if (!kept) {
    kept = make();
    formatters.set(key, kept);
  }
  return kept;
}

function currencyOf(format: MeasureFormat): string {
  // The type already asks for it; this catches a value measure built from unchecked data, which
  // would otherwise show minor units as if they were whole amounts.
  if (format.measure === "value" && !format.currency) throw new TypeError("A value measure needs its currency");
  return format.currency as string;
}

/** The full reading: table cells and tooltips. "¥12,000", "$12.50", "1,234". */
export function formatMeasure(n: number, format: MeasureFormat): string {
  if (format.measure === "value") return formatMoney(n, currencyOf(format), format.locale);
  return formatter(`count:${format.locale}`, () => new Intl.NumberFormat(format.locale, { maximumFractionDigits: 0 })).format(n);
}

/** The short reading for axis ticks, where width is scarce (a phone): "¥12M", "￥1200万", "$1.5K", "12K". */
export function formatMeasureCompact(n: number, format: MeasureFormat): string {
  if (format.measure === "value") {
    const currency = currencyOf(format);
    const money = formatter(`compact:${format.locale}:${currency}`, () => new Intl.NumberFormat(format.locale, { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }));
    return money.format(fromMinor(n, currency));
  }
  return formatter(`compact:${format.locale}`, () => new Intl.NumberFormat(format.locale, { notation: "compact", maximumFractionDigits: 1 })).format(n);
}
