// Renders a component outside Next the way the app does: with the App Router's context (client
// components use its hooks) and the messages of a language (components speak through next-intl).
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { catalogue } from "@/lib/i18n/catalogue";
import type { AppLocale } from "@/lib/i18n/locales";

const router = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {} } as unknown as AppRouterInstance;

export function inApp(element: ReactElement, locale: AppLocale = "en", timeZone = "UTC"): ReactElement {
  const intl = createElement(NextIntlClientProvider, { locale, timeZone, messages: catalogue(locale) } as ComponentProps<typeof NextIntlClientProvider>, element);
  return createElement(AppRouterContext.Provider, { value: router }, intl);
}

/** The component's HTML as the app would render it, in the given language. */
export function renderInApp(element: ReactElement, locale: AppLocale = "en"): string {
  return renderToString(inApp(element, locale));
}
