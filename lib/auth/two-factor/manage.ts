import "server-only";
// Turning two-factor authentication off and renewing recovery codes: both need the user's password
// or a current authenticator code first (counted like sign-in codes). Turning off removes the
// secret, the recovery codes and every remembered device.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { waitMinutes } from "@/lib/rate-limit/rate-limit";
import { verifySecret } from "../password";
import { recordTwoFactorEvent } from "./events";
import { replaceRecoveryCodes } from "./recovery-store";
import { countedCheck, spendTotpCode } from "./second-factor";
import { isTotpCode } from "./totp";
import { revokeTrustedDevices } from "./trusted-device";

type Who = { id: string; email: string };

const notOn = () => new AppError("TWO_FACTOR_NOT_ON", msg("auth.twoFactor.errors.notOn"));

/** Throws unless `confirmation` is the user's password or a current code of their app. */
async function confirmIdentity(user: Who, confirmation: string, now: Date): Promise<void> {
  const result = await countedCheck(user, async () => {
    if (isTotpCode(confirmation)) return spendTotpCode(user.id, confirmation, now);
    const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    return verifySecret(confirmation, row?.passwordHash);
  });
  if (result.ok) return;
  if (result.reason === "rate_limited") throw new AppError("RATE_LIMITED", msg("auth.errors.rateLimited", { minutes: waitMinutes(result.retryAfterMs) }));
  throw new AppError("VALIDATION", msg("errors.correctFields"), { confirmation: msg("auth.twoFactor.errors.wrongConfirmation") });
}

async function assertOn(userId: string) {
  const row = await prisma.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  if (!row?.enabledAt) throw notOn();
}

export async function disableTwoFactor(user: Who, confirmation: string, now = new Date()): Promise<{ enabled: false }> {
  await assertOn(user.id);
  await confirmIdentity(user, confirmation, now);
  return prisma.$transaction(async (tx) => {
    const removed = await tx.twoFactor.deleteMany({ where: { userId: user.id, enabledAt: { not: null } } });
    if (removed.count === 0) throw notOn();
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await revokeTrustedDevices(tx, user.id);
    await recordTwoFactorEvent(tx, user, "TWO_FACTOR_DISABLED");
    return { enabled: false as const };
  });
}

/** Ten new recovery codes, shown once; every earlier code stops working. */
export async function renewRecoveryCodes(user: Who, confirmation: string, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  await assertOn(user.id);
  await confirmIdentity(user, confirmation, now);
  return prisma.$transaction(async (tx) => {
    // Locks the user's 2FA row: a renewal racing a turn-off either sees it on, or renews nothing.
    const on = await tx.twoFactor.updateMany({ where: { userId: user.id, enabledAt: { not: null } }, data: { updatedAt: now } });
    if (on.count === 0) throw notOn();
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    await recordTwoFactorEvent(tx, user, "RECOVERY_CODES_RENEWED");
    return { recoveryCodes };
  });
}
