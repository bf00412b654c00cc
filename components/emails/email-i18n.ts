// What a template needs to speak its recipient's language: the catalogue's translator and the
// formatter for the recipient's locale and the brand's time zone, and money in the locale.
import { formatterFor, translatorFor, type Format, type Translate } from "@/lib/i18n/translator";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format";

export type EmailI18n = {
  locale: AppLocale;
  timeZone: string;
  t: Translate;
  format: Format;
  money: (amountMinor: number, currency: string) => string;
  /** A date and time with its time zone ("Dec 1, 2026, 3:00 PM GMT+9", "2026年12月1日 15:00 JST"). */
  dateTime: (iso: string) => string;
};

export function emailI18n(locale: AppLocale, timeZone: string): EmailI18n {
  const format = formatterFor(locale, timeZone);
  return {
    locale,
    timeZone,
    t: translatorFor(locale, timeZone),
    format,
    money: (amountMinor, currency) => formatMoney(amountMinor, currency, locale),
    dateTime: (iso) =>
      format.dateTime(new Date(iso), { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" }),
  };
}
