// Shows a message that may be a catalogue key (a zod issue from a form's resolver, a field error)
// in the reader's language. Works in client and server components alike.
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { translateMessage } from "./message-text";

export function useMessageText(): (message: string) => string {
  const t = useTranslations();
  return useCallback((message: string) => translateMessage(t, message), [t]);
}
