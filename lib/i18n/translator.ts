// Translators for code that knows its reader's language itself: e-mails and PDFs (the recipient's),
// server actions (the viewer's, from lib/i18n/request-locale), exports. Kept per locale, time zone
// and namespace: building one parses nothing, but its formatter cache is worth keeping.
import { createFormatter, createTranslator } from "use-intl/core";
import { catalogue } from "./catalogue";
import type { AppLocale } from "./locales";

export type Translate = ReturnType<typeof createTranslator<ReturnType<typeof catalogue>>>;

const translators = new Map<string, Translate>();

/** A translator over the whole catalogue: t("orders.title"). */
export function translatorFor(locale: AppLocale, timeZone = "UTC"): Translate {
  const key = `${locale} ${timeZone}`;
  let t = translators.get(key);
  if (!t) {
    t = createTranslator({ locale, timeZone, messages: catalogue(locale) });
    translators.set(key, t);
  }
  return t;
}

export type Format = ReturnType<typeof createFormatter>;

const formatters = new Map<string, Format>();

/** Dates, numbers and lists in the reader's language and time zone. */
export function formatterFor(locale: AppLocale, timeZone = "UTC"): Format {
  const key = `${locale} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = createFormatter({ locale, timeZone });
    formatters.set(key, format);
  }
  return format;
}
