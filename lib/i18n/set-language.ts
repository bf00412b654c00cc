import "server-only";
// A language choice: kept in the browser (LOCALE_COOKIE) and, for a signed-in user choosing for
// themselves, on the user, so e-mails and other devices follow it.
import { cookies } from "next/headers";
import type { SessionUser } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { requestIsHttps } from "@/lib/http/cookie-security";
import { languageOf, LOCALE_COOKIE, type AppLocale } from "./locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function setLanguage(locale: AppLocale, user: SessionUser | null): Promise<void> {
  const jar = await cookies();
  jar.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, secure: await requestIsHttps(), maxAge: ONE_YEAR_SECONDS });
  if (user) await prisma.user.update({ where: { id: user.id }, data: { language: languageOf(locale) } });
}
