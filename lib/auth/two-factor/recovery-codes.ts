// Recovery codes: ten one-time codes shown once when two-factor authentication is turned on (or
// the codes renewed), each usable once in place of an authenticator code. Ten characters from an
// alphabet without look-alikes (about 50 bits each), shown as two groups of five. Being short of
// 112 bits, each is stored only as a keyed hash (keys.ts) with a random 32-bit salt of its own.
import { randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { keyedHash } from "./keys";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const LENGTH = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The code as hashed and compared: lower case, without spaces and dashes. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, "");
}

export function isRecoveryCode(input: string): boolean {
  const code = normalizeRecoveryCode(input);
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c));
}

export type StoredRecoveryCode = { salt: string; codeHash: string };

function hashWithSalt(salt: string, input: string): string {
  return keyedHash("recovery-code", `${salt}:${normalizeRecoveryCode(input)}`);
}

/** What is stored of a code: its salt and keyed hash. */
export function storedRecoveryCode(code: string): StoredRecoveryCode {
  const salt = randomBytes(4).toString("hex");
  return { salt, codeHash: hashWithSalt(salt, code) };
}

/** Whether the input is the code stored (compared in constant time). */
export function recoveryCodeMatches(input: string, stored: StoredRecoveryCode): boolean {
  if (!isRecoveryCode(input)) return false;
  return timingSafeEqual(Buffer.from(hashWithSalt(stored.salt, input), "hex"), Buffer.from(stored.codeHash, "hex"));
}
