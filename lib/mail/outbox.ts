import "server-only";
// E-mail is written to the outbox in the same transaction as the change it reports; a worker
// delivers it after commit (so a rolled-back change sends nothing, and a crash loses nothing).
// The row holds the template, the recipient's locale and the template's data: nothing is rendered
// here (checkout and bulk release write mail inside their transactions), the first render (at
// delivery, or on the Mailbox page) fills subject, text and html.
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Language } from "@/lib/db/generated/enums";
import { DEFAULT_LOCALE, localeOf, type AppLocale } from "@/lib/i18n/locales";
import type { EmailTemplates, TemplateName } from "./templates";

export type OutgoingEmail = {
  [K in TemplateName]: { brandId: string | null; to: string; locale: AppLocale; template: K; data: EmailTemplates[K] };
}[TemplateName];

export function enqueueEmail(db: Pick<Tx, "outboxEmail">, email: OutgoingEmail) {
  return db.outboxEmail.create({ data: outboxRow(email) });
}

/** The columns of one outbox row (bulk writers insert the same values with one statement). */
export function outboxRow(email: OutgoingEmail) {
  return { brandId: email.brandId, to: email.to, template: email.template, locale: email.locale, data: email.data as Prisma.InputJsonObject };
}

/** The recipient's locale from a stored language: a buyer's order or trading terms, a user's setting. */
export function recipientLocale(...languages: (Language | null | undefined)[]): AppLocale {
  for (const language of languages) {
    const locale = localeOf(language);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
