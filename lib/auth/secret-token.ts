// Tokens mailed as links that stand for a person (password reset and set-up links, staff,
// buyer and co-worker invitations): 256 random bits, and only their SHA-256 (hex, of the token's
// UTF-8 text) is stored, so a leaked database hands out no working link. The migration that
// introduced hashing computed the same value in SQL for invitations already mailed.
import { createHash, randomBytes } from "node:crypto";

/** What a mailed token looks like; anything else is refused before the database is asked. */
export const SECRET_TOKEN_MAX_LENGTH = 100;

export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token from a URL or a form: its hash, or null when it cannot be one of ours. */
export function secretTokenHashOf(token: string): string | null {
  if (!token || token.length > SECRET_TOKEN_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  return hashSecretToken(token);
}
