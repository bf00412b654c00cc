// The languages the app speaks, and how they map to the Language stored on users, brands,
// connections, links and orders. Client and server alike. A third language is a folder under
// messages/, an entry here and a value of the Language enum.
import type { Language } from "@/lib/db/generated/enums";

export const LOCALES = ["en", "ja"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";

/** The cookie a visitor's language choice is kept in (link gates, sign-in; staff and buyers also keep it on their user). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

const BY_LANGUAGE: Record<Language, AppLocale> = { EN: "en", JA: "ja" };
const BY_LOCALE: Record<AppLocale, Language> = { en: "EN", ja: "JA" };

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function localeOf(language: Language): AppLocale;
export function localeOf(language: Language | null | undefined): AppLocale | null;
export function localeOf(language: Language | null | undefined): AppLocale | null {
  return language ? BY_LANGUAGE[language] : null;
}

export function languageOf(locale: AppLocale): Language {
  return BY_LOCALE[locale];
}

/** Each language named in itself, for switchers ("English", "日本語"). */
export const LOCALE_NAMES: Record<AppLocale, string> = { en: "English", ja: "日本語" };
