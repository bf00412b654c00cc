// Every language's messages, for server code (pages, actions, e-mails, PDFs). Client components
// get theirs from their area's IntlProvider, whose client module imports
// messages/<locale> itself (components/i18n/locale-messages.tsx), never by importing this.
import { en } from "@/messages/en";
import { ja } from "@/messages/ja";
import type { Catalogue } from "./catalogue-shape";
import type { AppLocale } from "./locales";

export const CATALOGUES: Record<AppLocale, Catalogue> = { en, ja };

export type Namespace = keyof Catalogue;

export function catalogue(locale: AppLocale): Catalogue {
  return CATALOGUES[locale];
}
