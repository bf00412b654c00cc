// A browser's session cookie kept aside and put back, to ask the real session check about an
// older session (signed in before a password change) in the same test.
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { prisma } from "@/lib/db/client";
import { actAs, cookieValue, SESSION_COOKIE } from "./next-request";

/** The session cookie this test's browser holds now. */
export function currentSessionCookie(): string {
  const value = cookieValue(SESSION_COOKIE);
  if (!value) throw new Error("No session cookie: act as someone first");
  return value;
}

/** This test's browser now holds exactly this session cookie (and no other cookie). */
export async function restoreSessionCookie(value: string): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) jar.delete(name);
  jar.set(SESSION_COOKIE, value);
}

/**
 * Acts as this user with a session of their current session version, as a sign-in now would give
 * (actAs makes a session of version 0: the version of a user whose password never changed).
 */
export async function actAsSignedInNow(user: { id: string }, options: { brandId?: string; buyerId?: string } = {}): Promise<void> {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  await actAs(user, options);
  const token = await encode({ token: { sub: user.id, sv: sessionVersion }, secret: authSecret(), salt: SESSION_COOKIE });
  (await cookies()).set(SESSION_COOKIE, token);
}
