// The delivery a buyer asked for at checkout: a date (from only) or a window (from – to), in the
// reader's language. The dates are calendar dates (a DATE column, read as UTC midnight) that the
// buyer picked against the brand's calendar, so they are formatted in UTC: formatting them in a
// time zone west of UTC would show the day before.
import { dateTimeFormat } from "@/lib/format/date-time-format";

export type DeliveryWords = (key: "orders.delivery.date" | "orders.delivery.window" | "orders.delivery.until", values: Record<string, string>) => string;

type Style = "medium" | "numeric";

/** One calendar date: "Dec 15, 2026" (medium) or "2026/12/15"-like (numeric, for CSV). */
export function calendarDate(locale: string, date: Date, style: Style = "medium"): string {
  const options: Intl.DateTimeFormatOptions = style === "medium" ? { dateStyle: "medium", timeZone: "UTC" } : { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" };
  return dateTimeFormat(locale, options).format(date);
}

/** "Dec 15, 2026", "Dec 15, 2026 – Dec 20, 2026" or "By Dec 20, 2026"; null when none was asked for. */
export function requestedDeliveryText(t: DeliveryWords, locale: string, order: { requestedDeliveryFrom: Date | null; requestedDeliveryTo: Date | null }, style: Style = "medium"): string | null {
  const { requestedDeliveryFrom: from, requestedDeliveryTo: to } = order;
  if (from && to && from.getTime() !== to.getTime()) return t("orders.delivery.window", { from: calendarDate(locale, from, style), to: calendarDate(locale, to, style) });
  if (from) return t("orders.delivery.date", { date: calendarDate(locale, from, style) });
  if (to) return t("orders.delivery.until", { date: calendarDate(locale, to, style) });
  return null;
}
