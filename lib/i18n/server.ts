import "server-only";
// Server components' translations, in place of next-intl/server's getTranslations, getFormatter
// and getLocale (same calls, same answers): the request's language and time zone from
// lib/i18n/request-locale, translators from lib/i18n/translator, which parse each message once per
// process instead of once per request. A page part that speaks another language than the request
// (an order page in the order's language) names it: getTranslations({ locale, namespace }).
import type { AppLocale } from "./locales";
import { requestI18n } from "./request-locale";
import { formatterFor, translatorFor, type Format, type Namespace, type Translate } from "./translator";

export async function getTranslations<N extends Namespace = never>(namespace?: N): Promise<Translate<N>>;
export async function getTranslations<N extends Namespace = never>(opts?: { locale: AppLocale; namespace?: N }): Promise<Translate<N>>;
export async function getTranslations<N extends Namespace = never>(arg?: N | { locale: AppLocale; namespace?: N }): Promise<Translate<N>> {
  const { locale, timeZone } = await requestI18n();
  if (typeof arg === "object") return translatorFor(arg.locale, timeZone, arg.namespace);
  return translatorFor(locale, timeZone, arg);
}

export async function getFormatter(opts?: { locale: AppLocale }): Promise<Format> {
  const { locale, timeZone } = await requestI18n();
  return formatterFor(opts?.locale ?? locale, timeZone);
}

export async function getLocale(): Promise<AppLocale> {
  return (await requestI18n()).locale;
}
