// How often a wrong second factor may be tried per account (sign-in codes, and the password or code
// that confirms turning 2FA off or renewing recovery codes), and how long a remembered device lasts.
import type { RateLimitRule } from "@/lib/rate-limit/rate-limit";

export const TWO_FACTOR_RULE: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };

export function twoFactorAttemptKey(userId: string): string {
  return `two-factor:${userId}`;
}

export const TRUSTED_DEVICE_DAYS = 30;
