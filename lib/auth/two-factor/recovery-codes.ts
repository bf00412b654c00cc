// Recovery codes: ten one-time codes shown once when two-factor authentication is turned on (or
// the codes renewed), each usable once in place of an authenticator code. Ten characters from an
// alphabet without look-alikes (about 50 bits each), shown as two groups of five; stored only as a
// keyed hash (keys.ts), so they are checked by looking the hash up.
import { randomInt } from "node:crypto";
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

/** The code as stored and compared: lower case, without spaces and dashes. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, "");
}

export function isRecoveryCode(input: string): boolean {
  const code = normalizeRecoveryCode(input);
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c));
}

export function hashRecoveryCode(input: string): string {
  return keyedHash("recovery-code", normalizeRecoveryCode(input));
}
