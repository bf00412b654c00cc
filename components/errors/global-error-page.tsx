"use client";
// The words of the app's last-resort error page (app/global-error.tsx), which no layout passes
// any on to: the two languages' error-page messages, loaded only when that page shows.
import { NextIntlClientProvider, useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/locales";
import enCommon from "@/messages/en/common.json";
import enLinkPages from "@/messages/en/linkPages.json";
import jaCommon from "@/messages/ja/common.json";
import jaLinkPages from "@/messages/ja/linkPages.json";
import { PlainFrame } from "./plain-frame";
import { RouteError } from "./route-error";

const MESSAGES = {
  en: { common: { appName: enCommon.appName }, linkPages: { errorPages: enLinkPages.errorPages } },
  ja: { common: { appName: jaCommon.appName }, linkPages: { errorPages: jaLinkPages.errorPages } },
} satisfies Record<AppLocale, unknown>;

export default function GlobalErrorPage({ locale, error, retry }: { locale: AppLocale; error: unknown; retry: () => void }) {
  return (
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      <Page error={error} retry={retry} />
    </NextIntlClientProvider>
  );
}

function Page({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("linkPages.errorPages.root");
  return (
    <>
      <title>{t("errorTitle")}</title>
      <PlainFrame>
        <RouteError error={error} retry={retry} title={t("errorTitle")} text={t("errorText")} back={{ href: "/", label: t("back") }} className="py-6" />
      </PlainFrame>
    </>
  );
}
