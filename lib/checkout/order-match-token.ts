// The e-mailed token that lets the owner of an address claim a guest order placed with it. Only
// its SHA-256 is stored (a leaked database does not hand out working links); it expires, and it
// confirms only a held order, so it works once. 256 random bits: guessing is not an attack.
import { createHash, randomBytes } from "node:crypto";

export const MATCH_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The shape of a token in a URL; anything else is refused before touching the database. */
export const MATCH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashMatchToken(token: string): string {
  return createHash("sha256").update(`order-match:${token}`).digest("hex");
}

export function newMatchToken(now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashMatchToken(token), expiresAt: new Date(now.getTime() + MATCH_TOKEN_TTL_MS) };
}
