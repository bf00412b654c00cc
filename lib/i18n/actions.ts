"use server";
// Server action of the language switchers (admin user menu, Buyer App, link gates, sign-in).
import { publicAction } from "@/lib/actions/action-client";
import { getSessionUser } from "@/lib/auth/context";
import { setLanguageSchema } from "./schemas";
import { setLanguage } from "./set-language";

export const setLanguageAction = publicAction({ schema: setLanguageSchema }, async ({ locale, scope }) => {
  await setLanguage(locale, scope === "user" ? await getSessionUser() : null);
  return { locale };
});
