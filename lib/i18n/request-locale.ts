import "server-only";
// Who sees which language (and time zone), decided once per request:
// - brand admin: the user's setting, a choice made before sign-in, the brand's language, the browser;
// - Buyer App: the user's setting, a choice made before sign-in, the browser;
// - link pages: a logged-in buyer's trading-terms language; before login the visitor's choice on
//   the gate, the link's own terms language, the brand's language;
// - an e-mailed OC approval page: the order's language;
// - anything else (sign-in, invitations): the visitor's choice, the user's setting, the browser.
// The path comes from proxy.ts (APP_PATH_HEADER): server components cannot see the URL.
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getBrandContext, getSessionUser } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { resolveLink } from "@/lib/link-access/resolve-link";
import { acceptLanguageLocale } from "./accept-language";
import { APP_PATH_HEADER } from "@/lib/http/app-path-header";
import { DEFAULT_LOCALE, isLocale, localeOf, LOCALE_COOKIE, type AppLocale } from "./locales";


export type RequestI18n = { locale: AppLocale; timeZone: string };

const UTC = "UTC";

export const requestI18n = cache(async (): Promise<RequestI18n> => {
  const [h, jar] = await Promise.all([headers(), cookies()]);
  const path = h.get(APP_PATH_HEADER) ?? "";
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  const visitor = isLocale(chosen) ? chosen : null;
  const browser = acceptLanguageLocale(h.get("accept-language"));
  try {
    return await decide(path, visitor, browser);
  } catch (error) {
    // The database is unreachable: the page or action will say so, in the visitor's language.
    console.error("Could not look up the viewer's language", error);
    return { locale: visitor ?? browser ?? DEFAULT_LOCALE, timeZone: UTC };
  }
});

async function decide(path: string, visitor: AppLocale | null, browser: AppLocale | null): Promise<RequestI18n> {

  if (/^\/admin(\/|$)/.test(path)) {
    const ctx = await getBrandContext();
    const locale = localeOf(ctx?.user.language) ?? visitor ?? localeOf(ctx?.brand.language) ?? browser ?? DEFAULT_LOCALE;
    return { locale, timeZone: ctx?.brand.timeZone ?? UTC };
  }
  if (/^\/buyer(\/|$)/.test(path)) {
    const user = await getSessionUser();
    return { locale: localeOf(user?.language) ?? visitor ?? browser ?? DEFAULT_LOCALE, timeZone: UTC };
  }
  const linkToken = /^\/l\/([^/]+)/.exec(path)?.[1];
  if (linkToken) {
    const resolved = await resolveLink(decodeURIComponent(linkToken));
    if (resolved) {
      const terms = localeOf(resolved.viewer?.connection?.language);
      const locale = terms ?? visitor ?? localeOf(resolved.link.language) ?? localeOf(resolved.link.brand.language) ?? browser ?? DEFAULT_LOCALE;
      return { locale, timeZone: resolved.link.brand.timeZone };
    }
  }
  const approvalToken = /^\/oc\/([^/]+)/.exec(path)?.[1];
  if (approvalToken && approvalToken.length <= 100) {
    const order = await prisma.order.findUnique({ where: { approvalToken: decodeURIComponent(approvalToken) }, select: { language: true, brand: { select: { timeZone: true } } } });
    if (order) return { locale: localeOf(order.language), timeZone: order.brand.timeZone };
  }
  const user = visitor ? null : await getSessionUser();
  return { locale: visitor ?? localeOf(user?.language) ?? browser ?? DEFAULT_LOCALE, timeZone: UTC };
}

export async function requestLocale(): Promise<AppLocale> {
  return (await requestI18n()).locale;
}
