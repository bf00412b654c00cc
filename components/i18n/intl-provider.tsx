// Gives an area's client components their language, time zone and messages. Each area's layout
// renders one (a client-side move between areas re-renders the new area's layout, not the root's,
// so the language follows the area); the messages come with the client module
// (components/i18n/locale-messages), not in the page's payload.
import type { AppLocale } from "@/lib/i18n/locales";
import { requestI18n } from "@/lib/i18n/request-locale";
import { ClientSetup } from "./client-setup";
import { LocaleMessages } from "./locale-messages";

/** `locale`: a page that speaks another language than the request's (an order in its own language). */
export async function IntlProvider({ locale, children }: { locale?: AppLocale; children: React.ReactNode }) {
  const request = await requestI18n();
  return (
    <LocaleMessages locale={locale ?? request.locale} timeZone={request.timeZone}>
      <ClientSetup />
      {children}
    </LocaleMessages>
  );
}
