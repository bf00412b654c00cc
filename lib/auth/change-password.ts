import "server-only";
// The profile page's own account changes: a new password (the current one first, checked under a
// per-user limit) and "end other sessions". Both raise the user's session version, which
// ends every session but the caller's (the action moves that one on: lib/auth/refresh-session.ts),
// and are written to the security log; a new password also ends every open reset link.
import { prisma } from "@/lib/db/client";
import { AlreadyChangedError, AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { recipientLocale, enqueueEmail } from "@/lib/mail/outbox";
import { mailAppUrl } from "@/lib/mail/app-url";
import { clearFailures, SIGN_IN_RULE, takeAttempt, waitMinutes } from "@/lib/rate-limit/rate-limit";
import { hashSecret, verifySecret } from "./password";
import { assertPasswordPolicy } from "./password-policy";
import { revokeOpenPasswordTokens } from "./password-token";
import { recordSecurityEvent, type RequestClient } from "./security-log";
import { revokeTrustedDevices } from "./two-factor/trusted-device";
import { userTimeZone } from "./user-time-zone";

function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION", msg("errors.correctFields"), { [field]: message });
}

/** Returns the session version the caller's session moves to. */
export async function changePassword(user: { id: string }, input: { currentPassword: string; password: string }, client: RequestClient, now = new Date()): Promise<{ sessionVersion: number }> {
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, language: true, passwordHash: true } });
  const key = `password-change:${user.id}`;
  const wait = await takeAttempt(key, SIGN_IN_RULE, now);
  if (wait > 0) throw new AppError("RATE_LIMITED", msg("auth.errors.rateLimited", { minutes: waitMinutes(wait) }));
  if (!(await verifySecret(input.currentPassword, row.passwordHash))) throw fieldError("currentPassword", msg("auth.profile.errors.wrongCurrentPassword"));
  await clearFailures(key);
  assertPasswordPolicy(input.password, row.email);
  if (input.password === input.currentPassword) throw fieldError("password", msg("auth.profile.errors.samePassword"));
  const passwordHash = await hashSecret(input.password);
  const [appUrl, timeZone] = await Promise.all([mailAppUrl(), userTimeZone(user.id)]);
  return prisma.$transaction(async (tx) => {
    // Guarded on the password just checked: two changes at once give one change.
    const changed = await tx.user.updateMany({ where: { id: user.id, passwordHash: row.passwordHash }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    if (changed.count === 0) throw new AlreadyChangedError("PASSWORD_ALREADY_CHANGED", msg("auth.profile.errors.passwordJustChanged"));
    await revokeOpenPasswordTokens(tx, user.id, now);
    // A browser remembered for two-factor sign-in was trusted under the old password.
    await revokeTrustedDevices(tx, user.id);
    await recordSecurityEvent(tx, { userId: user.id, type: "PASSWORD_CHANGED", client, at: now });
    await enqueueEmail(tx, {
      brandId: null, to: row.email, locale: recipientLocale(row.language), template: "passwordChanged",
      data: { email: row.email, how: "CHANGED", at: now.toISOString(), timeZone, forgotUrl: `${appUrl}/forgot-password` },
    });
    const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    return { sessionVersion };
  });
}

/** Ends every other session of the user; returns the version the caller's session moves to. */
export async function signOutOtherSessions(user: { id: string }, client: RequestClient, now = new Date()): Promise<{ sessionVersion: number }> {
  return prisma.$transaction(async (tx) => {
    const { sessionVersion } = await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
    await recordSecurityEvent(tx, { userId: user.id, type: "SESSIONS_REVOKED", client, at: now });
    return { sessionVersion };
  });
}
