import "server-only";
// Checking a second factor: an authenticator code (for a time step later than the last one
// accepted) or an unused recovery code. Each is spent by a guarded update, so a code replayed, or
// sent twice at once, is refused. Wrong answers are counted per account (lib/rate-limit).
import { prisma } from "@/lib/db/client";
import { clearFailures, takeAttempt } from "@/lib/rate-limit/rate-limit";
import { recordTwoFactorEvent } from "./events";
import { openSecretOrNull } from "./keys";
import { spendRecoveryCode } from "./recovery-store";
import { TWO_FACTOR_RULE, twoFactorAttemptKey } from "./rules";
import { isTotpCode, matchTotp } from "./totp";

type Who = { id: string; email: string };

/** "rate_limited" carries no detail: the caller words the wait. */
export type SecondFactorResult = { ok: true } | { ok: false; reason: "invalid" } | { ok: false; reason: "rate_limited"; retryAfterMs: number };

/**
 * Runs a check that a wrong answer counts against: the attempt is taken before checking (parallel
 * guesses cannot slip past the limit), failures are recorded, success clears the count.
 */
export async function countedCheck(user: Who, check: () => Promise<boolean>): Promise<SecondFactorResult> {
  const key = twoFactorAttemptKey(user.id);
  const wait = await takeAttempt(key, TWO_FACTOR_RULE);
  if (wait > 0) return { ok: false, reason: "rate_limited", retryAfterMs: wait };
  if (!(await check())) {
    await recordTwoFactorEvent(prisma, user, "TWO_FACTOR_FAILED");
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(key);
  return { ok: true };
}

/** Spends a current authenticator code of the user's enabled 2FA: true when accepted. */
export async function spendTotpCode(userId: string, input: string, now: Date): Promise<boolean> {
  if (!isTotpCode(input)) return false;
  const row = await prisma.twoFactor.findUnique({ where: { userId }, select: { secret: true, enabledAt: true, lastUsedStep: true } });
  const secret = row?.enabledAt ? openSecretOrNull(row.secret) : null;
  if (!row || !secret) return false;
  const step = await matchTotp(secret, input, now, row.lastUsedStep);
  if (step === null) return false;
  // Only a step later than the stored one is taken: of two uses of one code, one wins.
  const taken = await prisma.twoFactor.updateMany({
    where: { userId, enabledAt: { not: null }, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step },
  });
  return taken.count === 1;
}

/** The sign-in check: an authenticator code, or a recovery code in its place. */
export function verifySecondFactor(user: Who, input: string, now = new Date()): Promise<SecondFactorResult> {
  return countedCheck(user, async () => {
    if (isTotpCode(input)) return spendTotpCode(user.id, input, now);
    return prisma.$transaction(async (tx) => {
      if (!(await spendRecoveryCode(tx, user.id, input, now))) return false;
      await recordTwoFactorEvent(tx, user, "RECOVERY_CODE_USED");
      return true;
    });
  });
}
