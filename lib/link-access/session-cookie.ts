import "server-only";
// Reads and writes the link session cookie: HttpOnly, SameSite=Lax, scoped to the link's own path
// so two links never share a session. Written only from server actions (pages cannot set cookies),
// and only once there is something to sign (a passcode passed, a login) or no visitor id to go by.
import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { decodeLinkSession, encodeLinkSession, newLinkSession, type LinkSession } from "./session-token";
import { requestIsHttps } from "@/lib/http/cookie-security";
import { isVisitorId, LINK_COOKIE_MAX_AGE_SECONDS, LINK_VISITOR_COOKIE } from "./visitor-cookie";

export function linkCookieName(linkId: string) {
  return `wl_${linkId}`;
}

/** The signed session; else, for a visitor with an id (visitor-cookie.ts), a session that grants nothing yet. */
export async function readLinkSession(linkId: string): Promise<LinkSession | null> {
  const jar = await cookies();
  const signed = decodeLinkSession(jar.get(linkCookieName(linkId))?.value, linkId, authSecret());
  if (signed) return signed;
  const visitorId = jar.get(LINK_VISITOR_COOKIE)?.value;
  return isVisitorId(visitorId) ? newLinkSession(linkId, visitorId) : null;
}

export async function readOrCreateLinkSession(linkId: string): Promise<LinkSession> {
  return (await readLinkSession(linkId)) ?? newLinkSession(linkId);
}

export async function writeLinkSession(token: string, session: LinkSession): Promise<void> {
  const jar = await cookies();
  jar.set(linkCookieName(session.linkId), encodeLinkSession(session, authSecret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: await requestIsHttps(),
    path: `/l/${token}`,
    maxAge: LINK_COOKIE_MAX_AGE_SECONDS,
  });
}
