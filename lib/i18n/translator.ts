// Translators and formatters kept per language and time zone for the life of the process. ICU
// messages are parsed once here: next-intl's own server functions build their caches per request,
// so every page parsed again every message it formatted with values (about a tenth of a catalog
// page's CPU). Used by server components (lib/i18n/server, in place of next-intl/server) and by
// code that knows its reader's language itself: e-mails and PDFs (the recipient's), server
// actions (the viewer's), exports.
import { _createCache, _createIntlFormatters, createFormatter, createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { catalogue } from "./catalogue";
import type { AppLocale } from "./locales";

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
export type Translate<N extends Namespace = never> = ReturnType<typeof createTranslator<Messages, N>>;
export type Format = ReturnType<typeof createFormatter>;

type Shared = { _cache: ReturnType<typeof _createCache>; _formatters: ReturnType<typeof _createIntlFormatters> };

// One cache per language and time zone: a message's parsed form and the Intl formatters it made
// (dates carry the time zone) are shared by every namespace's translator and the formatter.
const shared = new Map<string, Shared>();
const translators = new Map<string, unknown>();
const formatters = new Map<string, Format>();

function sharedFor(key: string): Shared {
  let entry = shared.get(key);
  if (!entry) {
    const cache = _createCache();
    entry = { _cache: cache, _formatters: _createIntlFormatters(cache) };
    shared.set(key, entry);
  }
  return entry;
}

/** A translator over the catalogue, or one namespace of it: translatorFor("ja", tz, "orders"). */
export function translatorFor<N extends Namespace = never>(locale: AppLocale, timeZone = "UTC", namespace?: N): Translate<N> {
  const key = `${locale} ${timeZone}`;
  const translatorKey = `${key} ${namespace ?? ""}`;
  let t = translators.get(translatorKey) as Translate<N> | undefined;
  if (!t) {
    t = createTranslator<Messages, N>({ locale, timeZone, messages: catalogue(locale), namespace, ...sharedFor(key) } as Parameters<typeof createTranslator<Messages, N>>[0]);
    translators.set(translatorKey, t);
  }
  return t;
}

/** Dates, numbers and lists in the reader's language and time zone. */
export function formatterFor(locale: AppLocale, timeZone = "UTC"): Format {
  const key = `${locale} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = createFormatter({ locale, timeZone, ...sharedFor(key) });
    formatters.set(key, format);
  }
  return format;
}
