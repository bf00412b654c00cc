// next-intl's per-request configuration (named in next.config.ts): the request's language and time
// zone (lib/i18n/request-locale) and the whole catalogue for server components. A page part that
// speaks another language than the request (an order page in the order's language) asks for it
// explicitly: getTranslations({ locale, namespace }) and getFormatter({ locale }) get that locale.
import { getRequestConfig } from "next-intl/server";
import { catalogue } from "./catalogue";
import { isLocale } from "./locales";
import { requestI18n } from "./request-locale";

export default getRequestConfig(async ({ locale: requested }) => {
  const { locale: requestLocale, timeZone } = await requestI18n();
  const locale = isLocale(requested) ? requested : requestLocale;
  return { locale, timeZone, messages: catalogue(locale) };
});
