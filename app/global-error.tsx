"use client";
import "./globals.css";
import { NextIntlClientProvider, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { PlainFrame } from "@/components/errors/plain-frame";
import { RouteError } from "@/components/errors/route-error";
import { acceptLanguageLocale } from "@/lib/i18n/accept-language";
import { DEFAULT_LOCALE, type AppLocale } from "@/lib/i18n/locales";
import enCommon from "@/messages/en/common.json";
import enLinkPages from "@/messages/en/linkPages.json";
import jaCommon from "@/messages/ja/common.json";
import jaLinkPages from "@/messages/ja/linkPages.json";

// The root layout itself failed: this replaces it, so it brings its own document, styles and
// words (no layout passed any on). The request's language needs what failed, so the browser's
// languages decide.
const MESSAGES = {
  en: { common: { appName: enCommon.appName }, linkPages: { errorPages: enLinkPages.errorPages } },
  ja: { common: { appName: jaCommon.appName }, linkPages: { errorPages: jaLinkPages.errorPages } },
} satisfies Record<AppLocale, unknown>;

const subscribe = () => () => {};
const browserLocale = (): AppLocale => acceptLanguageLocale(navigator.languages.join(",")) ?? DEFAULT_LOCALE;
const serverLocale = (): AppLocale => DEFAULT_LOCALE;

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(subscribe, browserLocale, serverLocale);
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900">
        <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
          <GlobalErrorPage error={error} retry={retry} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function GlobalErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
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
