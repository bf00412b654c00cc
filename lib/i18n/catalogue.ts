// Every language's messages, for server code (pages, actions, e-mails, PDFs). Client components
// get theirs from NextIntlClientProvider (lib/i18n/client-messages.ts), never by importing this.
import { en } from "@/messages/en";
import { ja } from "@/messages/ja";
import type { Catalogue } from "./catalogue-shape";
import type { AppLocale } from "./locales";

export const CATALOGUES: Record<AppLocale, Catalogue> = { en, ja };

export type Namespace = keyof Catalogue;

export function catalogue(locale: AppLocale): Catalogue {
  return CATALOGUES[locale];
}
