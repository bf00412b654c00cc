"use client";
// What a refused passcode, login or buyer choice shows above its form, in the visitor's language.
import { useTranslations } from "next-intl";
import { SIGN_IN_UNAVAILABLE } from "@/lib/auth/sign-in-unavailable";
import { useMessageText } from "@/lib/i18n/use-message-text";

export function FormError({ message }: { message: string | null }) {
  const text = useMessageText();
  if (!message) return null;
  return (
    <div role="status" data-testid="link-form-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
      {text(message)}
    </div>
  );
}

/**
 * The text for a failed action: an outage (SIGN_IN_UNAVAILABLE) in the page's own words, since the
 * visitor did nothing wrong; else the server's message, already in the visitor's language.
 */
export function useFormErrorText(): (result: { code: string; message: string }) => string {
  const t = useTranslations("linkPages.errors");
  return (result) => (result.code === SIGN_IN_UNAVAILABLE.code ? t("signInUnavailable") : result.message);
}
