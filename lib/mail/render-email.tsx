// Renders one e-mail from its template, the recipient's locale and the template's data: subject,
// HTML (React e-mail components) and the plain-text part made from that HTML. No database, no
// request: delivery, the Mailbox page and tests call it alike. Loaded lazily (dynamic import) by
// the code that renders, so writing mail never loads React's server renderer.
import { render, toPlainText } from "@react-email/render";
import { EMAILS, emailI18n } from "@/components/emails";
import { isLocale, type AppLocale } from "@/lib/i18n/locales";
import { isTemplateName, type EmailTemplates, type TemplateName } from "./templates";

export type RenderedEmail = { subject: string; text: string; html: string };

const TEXT_OPTIONS = {
  selectors: [
    // Headings as written (html-to-text shouts them by default).
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
  ],
};

export async function renderEmail<K extends TemplateName>(template: K, locale: AppLocale, data: EmailTemplates[K]): Promise<RenderedEmail> {
  const { subject, Body } = EMAILS[template];
  const timeZone = "timeZone" in data && typeof data.timeZone === "string" ? data.timeZone : "UTC";
  const i18n = emailI18n(locale, timeZone);
  const html = await render(<Body data={data} i18n={i18n} />);
  const text = `${toPlainText(html, TEXT_OPTIONS).trim()}\n`;
  return { subject: subject(data, i18n), text, html };
}

/** A stored outbox row's mail (template, locale and data as the database returns them). */
export function renderStoredEmail(row: { template: string | null; locale: string | null; data: unknown }): Promise<RenderedEmail> {
  if (!isTemplateName(row.template)) throw new Error(`Unknown e-mail template: ${row.template}`);
  if (!isLocale(row.locale)) throw new Error(`Unknown e-mail locale: ${row.locale}`);
  if (typeof row.data !== "object" || row.data === null) throw new Error("E-mail data missing");
  return renderEmail(row.template, row.locale, row.data as EmailTemplates[TemplateName]);
}
