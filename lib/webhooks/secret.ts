// Endpoint signing secrets: "whsec_" and 32 random bytes, shown to staff once. The receiver needs
// the secret itself and so do we (to sign), so it is stored sealed (AES-256-GCM under a key derived
// from the auth secret), never in the clear: a copy of the database alone cannot sign.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

const PREFIX = "whsec_";
const VERSION = "v1";

export function newSigningSecret(): string {
  return `${PREFIX}${randomBytes(32).toString("base64url")}`;
}

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "wholesale-webhooks", "signing-secret", 32));
}

export function sealSigningSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

/** The secret back, or null when it was sealed under another auth secret (deliveries then fail, saying so). */
export function openSigningSecret(stored: string): string | null {
  const [version, iv, tag, sealed] = stored.split(".");
  if (version !== VERSION || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
