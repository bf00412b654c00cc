// next-intl's per-request configuration (named in next.config.ts): the request's language and time
// zone (lib/i18n/request-locale) and the whole catalogue for server components.
import { getRequestConfig } from "next-intl/server";
import { catalogue } from "./catalogue";
import { requestI18n } from "./request-locale";

export default getRequestConfig(async () => {
  const { locale, timeZone } = await requestI18n();
  return { locale, timeZone, messages: catalogue(locale) };
});
