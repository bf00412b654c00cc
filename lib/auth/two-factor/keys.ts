// Keys the two-factor module derives from the auth secret (lib/auth/secret.ts), one per purpose:
// TOTP secrets are sealed at rest with AES-256-GCM and recovery codes stored as keyed hashes, so a
// copy of the database alone opens neither.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "../secret";

type Purpose = "totp-secret" | "recovery-code" | "password-stamp";

function derivedKey(purpose: Purpose): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "wholesale-two-factor", purpose, 32));
}

const VERSION = "v1";

/** The TOTP secret as stored: version, IV, tag and ciphertext, base64url, dot-separated. */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("totp-secret"), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The TOTP secret back from its stored form; throws when it was sealed under another auth secret. */
export function openSecret(stored: string): string {
  const [version, iv, tag, sealed] = stored.split(".");
  if (version !== VERSION || !iv || !tag || !sealed) throw new Error("Unrecognised sealed two-factor secret");
  const decipher = createDecipheriv("aes-256-gcm", derivedKey("totp-secret"), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
}

/**
 * The TOTP secret, or null when it cannot be opened (sealed under an earlier AUTH_SECRET): its
 * codes are then refused like wrong ones, and whoever runs the app is told why.
 */
export function openSecretOrNull(stored: string): string | null {
  try {
    return openSecret(stored);
  } catch (error) {
    console.error("[two-factor] A stored TOTP secret could not be opened; was AUTH_SECRET changed?", error);
    return null;
  }
}

/** HMAC-SHA256 (hex) of a value under the purpose's key. */
export function keyedHash(purpose: Exclude<Purpose, "totp-secret">, value: string): string {
  return createHmac("sha256", derivedKey(purpose)).update(value).digest("hex");
}

/** SHA-256 (hex) of a random token: enough for 256-bit tokens, which no dictionary holds. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
