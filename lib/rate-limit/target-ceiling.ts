import "server-only";
// Per-target ceilings: failures against one target (an account's password, a link's passcode, an
// offline buyer's Customer Order Link login, a brand-specific credential) count together whatever
// client address they come from, so guessing spread over many addresses is throttled too. The
// per-address limits (lib/rate-limit/rate-limit.ts) still apply first. Past `limit` tries in one
// streak, each further try must wait: `firstDelayMs`, then twice as long each time, up to
// `maxDelayMs`. A streak ends after `quietMs` without a failure. A success gives its try back but
// does not wipe the streak (a guesser cannot reset it by also knowing a valid login elsewhere).
// The target's owner is told once per streak (claimTripNotice), by the caller.
import { lockForTransaction } from "@/lib/db/advisory-lock";
import { prisma } from "@/lib/db/client";

export type CeilingRule = { limit: number; quietMs: number; firstDelayMs: number; maxDelayMs: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The numbers, documented in the README beside the per-address limits. */
export const TARGET_CEILINGS = {
  /** An account's password: /signin and Login with User Account on Customer Order Links. */
  account: { limit: 20, quietMs: HOUR, firstDelayMs: MINUTE, maxDelayMs: HOUR },
  /** One order link's passcode (shared by many buyers, each address already limited to 10 per 15 minutes). */
  linkPasscode: { limit: 30, quietMs: HOUR, firstDelayMs: MINUTE, maxDelayMs: HOUR },
  /** One offline buyer login (the brand's buyers sharing a login e-mail count together). */
  offlineLogin: { limit: 20, quietMs: HOUR, firstDelayMs: MINUTE, maxDelayMs: HOUR },
  /** One brand-specific credential (unique code within the brand). */
  brandCredential: { limit: 20, quietMs: HOUR, firstDelayMs: MINUTE, maxDelayMs: HOUR },
} satisfies Record<string, CeilingRule>;

/** The key of each kind of target: one place, so setting a new secret can clear its streak. */
export const CEILING_KEYS = {
  account: (email: string) => `account:${email.trim().toLowerCase()}`,
  linkPasscode: (linkId: string) => `passcode:${linkId}`,
  offlineLogin: (brandId: string, email: string) => `offline-login:${brandId}:${email.trim().toLowerCase()}`,
  brandCredential: (brandId: string, uniqueCode: string) => `brand-credential:${brandId}:${uniqueCode}`,
};

/** How long the try after the `failures`-th must wait (0 below the limit). */
export function ceilingDelayMs(rule: CeilingRule, failures: number): number {
  if (failures < rule.limit) return 0;
  return Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** Math.min(failures - rule.limit, 30));
}

export type CeilingTry = { allowed: true; failures: number } | { allowed: false; waitMs: number };

/** Takes one try at the target before its secret is checked: allowed (and counted), or the wait. */
export async function takeTargetTry(key: string, rule: CeilingRule, now = new Date()): Promise<CeilingTry> {
  return prisma.$transaction(async (tx) => {
    await lockForTransaction(tx, `ceiling:${key}`);
    const row = await tx.failureCeiling.findUnique({ where: { key } });
    if (row?.blockedUntil && row.blockedUntil > now) return { allowed: false, waitMs: row.blockedUntil.getTime() - now.getTime() };
    const fresh = !row || row.lastFailureAt.getTime() <= now.getTime() - rule.quietMs;
    const failures = fresh ? 1 : row.failures + 1;
    const delay = ceilingDelayMs(rule, failures);
    const blockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
    const streak = fresh ? { startedAt: now, notifiedAt: null } : {};
    await tx.failureCeiling.upsert({
      where: { key },
      create: { key, failures, startedAt: now, lastFailureAt: now, blockedUntil },
      update: { failures, lastFailureAt: now, blockedUntil, ...streak },
    });
    return { allowed: true, failures };
  });
}

/** The try turned out right: it no longer counts as a failure (the wait it set is lifted below the limit). */
export async function giveBackTargetTry(key: string, rule: CeilingRule): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockForTransaction(tx, `ceiling:${key}`);
    const row = await tx.failureCeiling.findUnique({ where: { key } });
    if (!row) return;
    const failures = Math.max(0, row.failures - 1);
    await tx.failureCeiling.update({ where: { key }, data: { failures, ...(failures < rule.limit ? { blockedUntil: null } : {}) } });
  });
}

/** After a failure: true exactly once per streak that reached the limit (tell the owner then). */
export async function claimTripNotice(key: string, rule: CeilingRule, now = new Date()): Promise<boolean> {
  const claimed = await prisma.failureCeiling.updateMany({ where: { key, failures: { gte: rule.limit }, notifiedAt: null }, data: { notifiedAt: now } });
  return claimed.count === 1;
}

/** The brand reset the secret (a new passcode or password): earlier guesses no longer matter. */
export async function clearTargetCeiling(key: string): Promise<void> {
  await prisma.failureCeiling.deleteMany({ where: { key } });
}
