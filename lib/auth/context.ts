import "server-only";
// Resolves who is signed in and, for the brand admin, which brand they act for. Every admin page
// and action gets its brand from here, never from client input.
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { ttlCache } from "@/lib/cache/ttl-cache";
import { prisma } from "@/lib/db/client";
import type { BrandRole, Language } from "@/lib/db/generated/enums";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { auth } from "./auth";
import { can, type Permission } from "./roles";
import { sessionStateOf } from "./session-check";
import { awaitsTwoFactorSetup, TwoFactorSetupRequiredError } from "./two-factor/requirement";
import { requestIsHttps } from "@/lib/http/cookie-security";

export const ACTIVE_BRAND_COOKIE = "active_brand";
export const ACTIVE_BUYER_COOKIE = "active_buyer";
/** How the active brand / buyer choice is kept (not a secret: pages check membership anyway; Secure by lib/http/cookie-security). */
export async function activeCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: await requestIsHttps(), path: "/" };
}

/** language: the user's own choice for screens and e-mails, null until they make one. */
export type SessionUser = { id: string; email: string; name: string; language: Language | null };

export type BrandContext = {
  user: SessionUser;
  brand: { id: string; name: string; slug: string; homeCountry: string; defaultCurrency: string; stripeEnabled: boolean; nextEngineEnabled: boolean; orderPrefix: string; language: Language; timeZone: string; requireTwoFactor: boolean };
  role: BrandRole;
  brands: { id: string; name: string }[];
};

export type BuyerContext = {
  user: SessionUser;
  buyer: { id: string; name: string; country: string };
  buyers: { id: string; name: string }[];
};

// next-auth's session cookie, by the name it has over HTTP and over HTTPS.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * The session cookie's claims. Decoding one (key derivation, AES, HMAC) costs a page some 2 ms of
 * CPU, and a cookie always decodes the same way, so each instance keeps what a cookie decoded to
 * for a minute. Nothing a revocation depends on is kept: the user row, with its session version,
 * is read on every request (getSessionUser).
 */
const decodedSessions = ttlCache(60_000, () => auth(), 5_000);

async function decodedSession() {
  // The request's own Cookie header, as next-auth reads it: in a server action, cookies() also
  // shows a cookie set during the action (a sign-in's), which auth() does not see yet.
  const sent = new Map(((await headers()).get("cookie") ?? "").split(";").map((pair) => {
    const at = pair.indexOf("=");
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as const;
  }));
  const token = SESSION_COOKIES.map((name) => sent.get(name)).find(Boolean);
  // No cookie by these names (signed out, or a cookie next-auth split in chunks): next-auth reads it.
  return token ? decodedSessions(token) : auth();
}

/**
 * The signed-in user's row with their brand memberships, read fresh from the database once per
 * request in one statement (every admin page needs both); null when signed out, or when the
 * session was ended since (its session version is older than the user's: a password change or
 * reset, or "end other sessions", lib/auth/session-check.ts).
 */
const sessionUserRow = cache(async () => {
  const session = await decodedSession();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true, email: true, name: true, language: true, sessionVersion: true,
      brandMemberships: { include: { brand: true }, orderBy: { brand: { name: "asc" } } },
    },
  });
  return user && sessionStateOf(session, user) === "active" ? user : null;
});

/** The signed-in user, or null (see sessionUserRow). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const user = await sessionUserRow();
  return user && { id: user.id, email: user.email, name: user.name, language: user.language };
});

/** The member's active brand and role, before the brand's two-factor requirement is applied. */
const getBrandMembership = cache(async (): Promise<BrandContext | null> => {
  const [user, row] = await Promise.all([getSessionUser(), sessionUserRow()]);
  const memberships = row?.brandMemberships ?? [];
  if (!user || memberships.length === 0) return null;
  const wanted = (await cookies()).get(ACTIVE_BRAND_COOKIE)?.value;
  const active = memberships.find((m) => m.brandId === wanted) ?? memberships[0];
  const { brand } = active;
  return {
    user,
    role: active.role,
    brand: {
      id: brand.id, name: brand.name, slug: brand.slug, homeCountry: brand.homeCountry, defaultCurrency: brand.defaultCurrency,
      stripeEnabled: brand.stripeEnabled, nextEngineEnabled: brand.nextEngineEnabled, orderPrefix: brand.orderPrefix,
      language: brand.language, timeZone: brand.timeZone, requireTwoFactor: brand.requireTwoFactor,
    },
    brands: memberships.map((m) => ({ id: m.brand.id, name: m.brand.name })),
  };
});

/**
 * The member's brand context, or null when not signed in, not a member of any brand, or kept out
 * until they set up the two-factor authentication their brand requires (see twoFactorSetupDue).
 */
export const getBrandContext = cache(async (): Promise<BrandContext | null> => {
  const membership = await getBrandMembership();
  return membership && !(await awaitsTwoFactorSetup(membership)) ? membership : null;
});

/** For staff whose active brand requires two-factor authentication they have not set up yet: that brand; else null. */
export const twoFactorSetupDue = cache(async (): Promise<{ brandName: string } | null> => {
  const membership = await getBrandMembership();
  return membership && (await awaitsTwoFactorSetup(membership)) ? { brandName: membership.brand.name } : null;
});

/** The buyer organization the user acts for in the Buyer App, or null. */
export const getBuyerContext = cache(async (): Promise<BuyerContext | null> => {
  const user = await getSessionUser();
  if (!user) return null;
  const memberships = await prisma.buyerMember.findMany({
    where: { userId: user.id },
    include: { buyer: { select: { id: true, name: true, country: true } } },
    // Default to an organization the user owns, then alphabetical.
    orderBy: [{ role: "asc" }, { buyer: { name: "asc" } }],
  });
  if (memberships.length === 0) return null;
  const wanted = (await cookies()).get(ACTIVE_BUYER_COOKIE)?.value;
  const active = memberships.find((m) => m.buyerId === wanted) ?? memberships[0];
  return { user, buyer: active.buyer, buyers: memberships.map((m) => m.buyer) };
});

/** For actions: the brand context with a permission, or a typed error. */
export async function requireBrandPermission(permission?: Permission): Promise<BrandContext> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", msg("errors.signInAgain"));
  const ctx = await getBrandContext();
  if (!ctx) throw (await twoFactorSetupDue()) ? new TwoFactorSetupRequiredError() : new NotFoundError();
  if (permission && !can(ctx.role, permission)) {
    throw new AppError("FORBIDDEN", msg("auth.errors.roleForbids"));
  }
  return ctx;
}
