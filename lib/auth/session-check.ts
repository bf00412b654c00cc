// Whether a signed session still holds, decided from its claims and the user row the request reads
// anyway (lib/auth/context.ts): a session signed in with an older session version was ended by a
// password change or reset, or by "end other sessions". The one place a session is judged;
// a later "second factor still to enter" state joins SessionState here.
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

export type SessionState = "active" | "revoked";

/** Sessions from before versions existed carry none: they hold version 0, every user's first. */
export function sessionVersionOf(claim: unknown): number {
  return typeof claim === "number" && Number.isInteger(claim) ? claim : 0;
}

export function sessionStateOf(claims: { sessionVersion?: number }, user: { sessionVersion: number }): SessionState {
  return sessionVersionOf(claims.sessionVersion) === user.sessionVersion ? "active" : "revoked";
}

// The current session moves to a new version through next-auth's session update, which a browser
// can also call with data of its own. Only a grant the server signed is honoured, so an old
// session cannot lift itself to the version that revoked it.
function grantProof(userId: string, version: number): string {
  return createHmac("sha256", authSecret()).update(`session-version:${userId}:${version}`).digest("base64url");
}

export type SessionVersionGrant = { sessionVersion: number; proof: string };

export function sessionVersionGrant(userId: string, version: number): SessionVersionGrant {
  return { sessionVersion: version, proof: grantProof(userId, version) };
}

/** The version a session update may move to, or null when the data is not a grant for this user. */
export function grantedSessionVersion(userId: string | undefined, data: unknown): number | null {
  if (!userId || typeof data !== "object" || data === null) return null;
  const { sessionVersion, proof } = data as Partial<SessionVersionGrant>;
  if (typeof sessionVersion !== "number" || !Number.isInteger(sessionVersion) || typeof proof !== "string") return null;
  const expected = Buffer.from(grantProof(userId, sessionVersion));
  const given = Buffer.from(proof);
  return expected.length === given.length && timingSafeEqual(expected, given) ? sessionVersion : null;
}
