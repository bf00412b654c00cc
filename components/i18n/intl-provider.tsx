// Gives an area's client components their language, time zone and messages (only the namespaces
// they use: see lib/i18n/client-messages).
import { NextIntlClientProvider } from "next-intl";
import type { Namespace } from "@/lib/i18n/catalogue";
import { clientMessages } from "@/lib/i18n/client-messages";
import { requestI18n } from "@/lib/i18n/request-locale";
import { ClientSetup } from "./client-setup";

export async function IntlProvider({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  const { locale, timeZone } = await requestI18n();
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={clientMessages(locale, namespaces)}>
      <ClientSetup />
      {children}
    </NextIntlClientProvider>
  );
}
