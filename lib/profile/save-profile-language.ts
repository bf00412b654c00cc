import "server-only";
// The language a signed-in user chose on their profile page, kept on the user (screens on every
// device, their e-mails) and in this browser, as the user menu's switcher does
// (lib/i18n/set-language). "default" clears both, so the brand's language (staff) or the browser's
// (buyers) applies again: a choice left in the cookie would otherwise still win.
import { cookies } from "next/headers";
import type { SessionUser } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { setLanguage } from "@/lib/i18n/set-language";
import type { ProfileLanguage } from "./schemas";

export async function saveProfileLanguage(user: SessionUser, language: ProfileLanguage): Promise<{ language: ProfileLanguage }> {
  if (language !== "default") {
    await setLanguage(language, user);
    return { language };
  }
  await prisma.user.update({ where: { id: user.id }, data: { language: null } });
  (await cookies()).delete(LOCALE_COOKIE);
  return { language };
}
