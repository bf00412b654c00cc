import "server-only";
// Turning two-factor authentication on: set-up starts with a new secret (pending, sealed at rest),
// shown as a QR code and as a key to type; it is turned on only once a current code from the app
// proves the app holds that secret. Turning on hands out the recovery codes, once.
import QRCode from "qrcode";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { recordTwoFactorEvent } from "./events";
import { openSecretOrNull, sealSecret } from "./keys";
import { replaceRecoveryCodes } from "./recovery-store";
import { groupedKey, matchTotp, newTotpSecret, totpUri } from "./totp";

type Who = { id: string; email: string };

export type TwoFactorSetup = { key: string; uri: string; qr: string };

const alreadyOn = () => new AppError("TWO_FACTOR_ALREADY_ON", msg("auth.twoFactor.errors.alreadyOn"));

/** A new pending secret for the user (replacing an unconfirmed one); refused when 2FA is already on. */
export async function beginTwoFactorSetup(user: Who, issuer: string): Promise<TwoFactorSetup> {
  const secret = newTotpSecret();
  const sealed = sealSecret(secret);
  // Only a pending row may be replaced: an enabled secret is never overwritten.
  const pending = { userId: user.id, enabledAt: null };
  if ((await prisma.twoFactor.updateMany({ where: pending, data: { secret: sealed, lastUsedStep: null } })).count === 0) {
    try {
      await prisma.twoFactor.create({ data: { userId: user.id, secret: sealed } });
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      // Another tab started set-up at the same moment: take its row over unless it is enabled.
      if ((await prisma.twoFactor.updateMany({ where: pending, data: { secret: sealed, lastUsedStep: null } })).count === 0) throw alreadyOn();
    }
  }
  const uri = totpUri(secret, issuer, user.email);
  return { key: groupedKey(secret), uri, qr: await QRCode.toDataURL(uri, { width: 240, margin: 1, errorCorrectionLevel: "M" }) };
}

/** Turns 2FA on with a current code of the pending secret; the recovery codes, shown once. */
export async function confirmTwoFactorSetup(user: Who, code: string, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  const row = await prisma.twoFactor.findUnique({ where: { userId: user.id } });
  if (row?.enabledAt) throw alreadyOn();
  const secret = row && openSecretOrNull(row.secret);
  if (!row || !secret) throw new AppError("TWO_FACTOR_NOT_STARTED", msg("auth.twoFactor.errors.notStarted"));
  const step = await matchTotp(secret, code, now, null);
  if (step === null) throw new AppError("VALIDATION", msg("errors.correctFields"), { code: msg("auth.twoFactor.errors.wrongCode") });
  return prisma.$transaction(async (tx) => {
    // Guarded on the very secret the code was checked against, still pending: of two confirmations
    // at once, or one racing a restarted set-up, exactly one turns it on.
    const enabled = await tx.twoFactor.updateMany({ where: { userId: user.id, secret: row.secret, enabledAt: null }, data: { enabledAt: now, lastUsedStep: step } });
    if (enabled.count === 0) throw new AppError("TWO_FACTOR_NOT_STARTED", msg("auth.twoFactor.errors.notStarted"));
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    await recordTwoFactorEvent(tx, user, "TWO_FACTOR_ENABLED");
    return { recoveryCodes };
  });
}
