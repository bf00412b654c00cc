"use client";
// Loads, in the browser, what forms need to speak the reader's language: zod's own issues as
// catalogue keys (lib/i18n/zod-messages), translated where they are shown. Also keeps <html lang>
// right after a client-side move between areas (sign-in -> a Japanese admin): the root layout,
// which sets it, is not rendered again then.
import { useLocale } from "next-intl";
import { useEffect } from "react";
import "@/lib/i18n/zod-messages";

export function ClientSetup() {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
