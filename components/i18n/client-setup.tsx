"use client";
// Loads, in the browser, what forms need to speak the reader's language: zod's own issues as
// catalogue keys (lib/i18n/zod-messages), translated where they are shown.
import "@/lib/i18n/zod-messages";

export function ClientSetup() {
  return null;
}
