// Time-based one-time passwords (RFC 6238, as authenticator apps make them: SHA-1, 6 digits, 30 s)
// with otplib. A code is accepted one step either side of now (clock drift), and only for a time
// step later than the last one accepted, so a code cannot be used twice within its window.
import { generateSecret, generateURI, verify } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
/** ±1 time step: otplib checks every step overlapping [now - tolerance, now + tolerance]. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const CODE = /^\d{6}$/;

/** A new random secret (160 bits, base32), as authenticator apps expect it. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address a QR code carries: issuer and account label name the entry in the app. */
export function totpUri(secret: string, issuer: string, account: string): string {
  return generateURI({ issuer, label: account, secret });
}

/** The key as people type it: groups of four. */
export function groupedKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** What a person typed, without the spaces and dashes apps show between digit groups. */
export function compactCode(input: string): string {
  return input.replace(/[\s-]/g, "");
}

export function isTotpCode(input: string): boolean {
  return CODE.test(compactCode(input));
}

/**
 * The time step the code belongs to when it is right for `now` (±1 step) and newer than
 * `lastUsedStep`; else null. The caller stores the step, so the same code is refused next time.
 */
export async function matchTotp(secret: string, input: string, now: Date, lastUsedStep: number | null): Promise<number | null> {
  const token = compactCode(input);
  if (!CODE.test(token)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token, epoch, epochTolerance: TOLERANCE_SECONDS, period: TOTP_PERIOD_SECONDS });
  if (!result.valid) return null;
  // delta: how many steps from now's the code matched (-1, 0 or +1).
  const step = Math.floor(epoch / TOTP_PERIOD_SECONDS) + result.delta;
  return lastUsedStep === null || step > lastUsedStep ? step : null;
}
