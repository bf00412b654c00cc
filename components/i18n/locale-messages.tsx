"use client";
// Client components' messages, from the browser's cached JavaScript rather than each page's
// payload: passed as props by a server component, the messages were serialized into every page
// (over 100 KB on an admin page) and cost the server their rendering on every request. Both
// languages live in this one module (some 90 KB compressed, loaded once): a language switch then
// re-renders the same provider with other messages, keeping what forms hold (their entries, their
// errors, now in the new language), where a provider per language would remount the whole page.
import { NextIntlClientProvider } from "next-intl";
import type { Catalogue } from "@/lib/i18n/catalogue-shape";
import type { AppLocale } from "@/lib/i18n/locales";
import { en } from "@/messages/en";
import { ja } from "@/messages/ja";

const CATALOGUES: Record<AppLocale, Catalogue> = { en, ja };

export function LocaleMessages({ locale, timeZone, children }: { locale: AppLocale; timeZone: string; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={CATALOGUES[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}
