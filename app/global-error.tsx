"use client";
import "./globals.css";
import dynamic from "next/dynamic";
import { useSyncExternalStore } from "react";
import { acceptLanguageLocale } from "@/lib/i18n/accept-language";
import { DEFAULT_LOCALE, type AppLocale } from "@/lib/i18n/locales";

// The root layout itself failed: this replaces it, so it brings its own document, styles and
// words. The words load with the page (every page carries this boundary, not its text). The
// request's language needs what failed, so the browser's languages decide.
const GlobalErrorPage = dynamic(() => import("@/components/errors/global-error-page"));

const subscribe = () => () => {};
const browserLocale = (): AppLocale => acceptLanguageLocale(navigator.languages.join(",")) ?? DEFAULT_LOCALE;
const serverLocale = (): AppLocale => DEFAULT_LOCALE;

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(subscribe, browserLocale, serverLocale);
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900">
        <GlobalErrorPage locale={locale} error={error} retry={retry} />
      </body>
    </html>
  );
}
