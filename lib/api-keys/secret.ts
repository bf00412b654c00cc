import "server-only";
// API key secrets: "wk_live_" and 32 random bytes (base64url). The secret is shown once; the
// database keeps its SHA-256 (a lookup by hash needs no slow hash: the secret has 256 random bits,
// nothing to guess) and its first characters to recognise the key by.
import { createHash, randomBytes } from "node:crypto";

export const API_KEY_PREFIX = "wk_live_";
/** Characters of the secret shown in the list: the fixed prefix and four random ones. */
const VISIBLE = API_KEY_PREFIX.length + 4;

export function hashApiKeySecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function newApiKeySecret() {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, VISIBLE), hash: hashApiKeySecret(secret) };
}

/** A bearer token that may be a key (cheap shape check before the database lookup). */
export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX) && /^[A-Za-z0-9_-]{40,100}$/.test(token);
}
