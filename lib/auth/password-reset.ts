import "server-only";
// "Forgot password?" and the page its link opens. Asking always gets the same answer, whether or
// not the address has an account (only an existing one is mailed); asking is limited per address
// and per client. Setting the password uses the link once, ends every other open link and every
// other session of the user, and tells them by e-mail.
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { lockoutSubject } from "@/lib/http/client-address";
import { msg } from "@/lib/i18n/message-text";
import { localeOf, type AppLocale } from "@/lib/i18n/locales";
import { mailAppUrl } from "@/lib/mail/app-url";
import { enqueueEmail, recipientLocale } from "@/lib/mail/outbox";
import { takeAttempt, waitMinutes, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { hashSecret } from "./password";
import { assertPasswordPolicy } from "./password-policy";
import { claimPasswordToken, findOpenPasswordToken, issuePasswordToken, PASSWORD_TOKEN_TTL_MS, passwordTokenPath, revokeOpenPasswordTokens } from "./password-token";
import { recordSecurityEvent, type RequestClient } from "./security-log";
import { revokeTrustedDevices } from "./two-factor/trusted-device";
import { userTimeZone } from "./user-time-zone";

/** Reset e-mails an address may be sent, and requests a client may make, per hour. */
export const PASSWORD_RESET_RULES = {
  perEmail: { limit: 3, windowMs: 60 * 60_000 } satisfies RateLimitRule,
  perClient: { limit: 10, windowMs: 60 * 60_000 } satisfies RateLimitRule,
};

export const RESET_LINK_MINUTES = PASSWORD_TOKEN_TTL_MS.RESET / 60_000;

/** The same answer for every address: how long a link, if one was sent, stays valid. */
export async function requestPasswordReset(input: { email: string; client: RequestClient; locale: AppLocale; now?: Date }): Promise<{ minutes: number }> {
  const email = input.email.trim().toLowerCase();
  const now = input.now ?? new Date();
  for (const [key, rule] of [[`reset-client:${lockoutSubject(input.client.address)}`, PASSWORD_RESET_RULES.perClient], [`reset:${email}`, PASSWORD_RESET_RULES.perEmail]] as const) {
    const wait = await takeAttempt(key, rule, now);
    if (wait > 0) throw new AppError("RATE_LIMITED", msg("auth.forgotPassword.errors.rateLimited", { minutes: waitMinutes(wait) }));
  }
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, language: true } });
  if (user) {
    const appUrl = await mailAppUrl();
    await prisma.$transaction(async (tx) => {
      const { token } = await issuePasswordToken(tx, { userId: user.id, purpose: "RESET", now });
      await enqueueEmail(tx, {
        brandId: null, to: user.email, locale: localeOf(user.language) ?? input.locale, template: "passwordReset",
        data: { email: user.email, resetUrl: `${appUrl}${passwordTokenPath(token)}`, expiresMinutes: RESET_LINK_MINUTES, forgotUrl: `${appUrl}/forgot-password` },
      });
      await recordSecurityEvent(tx, { userId: user.id, type: "PASSWORD_RESET_REQUESTED", client: input.client, at: now });
    });
  }
  return { minutes: RESET_LINK_MINUTES };
}

const NO_LONGER_VALID = msg("auth.resetPassword.errors.noLongerValid");

/** Sets the password through a link; returns the account's e-mail (the caller signs them in). */
export async function resetPassword(input: { token: string; password: string; name?: string; client: RequestClient; now?: Date }): Promise<{ email: string }> {
  const now = input.now ?? new Date();
  const open = await findOpenPasswordToken(input.token, now);
  if (!open) throw new NotFoundError(NO_LONGER_VALID);
  const name = input.name?.trim();
  if (open.purpose === "SETUP" && !name) throw new AppError("VALIDATION", msg("errors.correctFields"), { name: msg("auth.resetPassword.errors.enterName") });
  assertPasswordPolicy(input.password, open.user.email);
  // bcrypt is slow on purpose: hash before the transaction so it holds its locks briefly.
  const passwordHash = await hashSecret(input.password);
  const [appUrl, timeZone] = await Promise.all([mailAppUrl(), userTimeZone(open.user.id)]);
  await prisma.$transaction(async (tx) => {
    if (!(await claimPasswordToken(tx, open.id, now))) throw new NotFoundError(NO_LONGER_VALID);
    await revokeOpenPasswordTokens(tx, open.user.id, now);
    await revokeTrustedDevices(tx, open.user.id);
    await tx.user.update({
      where: { id: open.user.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, ...(open.purpose === "SETUP" && name ? { name } : {}) },
    });
    await recordSecurityEvent(tx, { userId: open.user.id, type: "PASSWORD_RESET", client: input.client, at: now });
    // A first password is no news to its owner; a replaced one is.
    if (open.purpose === "RESET") {
      await enqueueEmail(tx, {
        brandId: null, to: open.user.email, locale: recipientLocale(open.user.language), template: "passwordChanged",
        data: { email: open.user.email, how: "RESET", at: now.toISOString(), timeZone, forgotUrl: `${appUrl}/forgot-password` },
      });
    }
  });
  return { email: open.user.email };
}
