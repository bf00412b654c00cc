import "server-only";
// Reads and writes the link session cookie: HttpOnly, SameSite=Lax, scoped to the link's own path
// so two links never share a session. Written only from server actions (pages cannot set cookies).
import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { decodeLinkSession, encodeLinkSession, newLinkSession, type LinkSession } from "./session-token";
import { requestIsHttps } from "@/lib/http/cookie-security";

const MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function linkCookieName(linkId: string) {
  return `wl_${linkId}`;
}

export async function readLinkSession(linkId: string): Promise<LinkSession | null> {
  const jar = await cookies();
  return decodeLinkSession(jar.get(linkCookieName(linkId))?.value, linkId, authSecret());
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
    maxAge: MAX_AGE_SECONDS,
  });
}
