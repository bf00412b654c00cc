// Link tokens: 128 bits of randomness, URL-safe, so a link cannot be guessed.
import { randomBytes } from "node:crypto";

export function newLinkToken(): string {
  return randomBytes(16).toString("base64url");
}
