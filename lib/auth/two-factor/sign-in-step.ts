import "server-only";
// The second step of sign-in, run by next-auth's authorize (lib/auth/auth.ts) after a right
// password and before any session exists. The form sends e-mail and password again with the code;
// a missing code answers `two_factor_required`, a wrong one `two_factor_invalid`.
import { CredentialsSignin } from "next-auth";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { TWO_FACTOR_RULE } from "./rules";
import { verifySecondFactor } from "./second-factor";
import { isTrustedDevice, trustThisDevice } from "./trusted-device";

export type TwoFactorSignInCode = "two_factor_required" | "two_factor_invalid" | "two_factor_rate_limited";

export class TwoFactorSignin extends CredentialsSignin {
  constructor(code: TwoFactorSignInCode) {
    super();
    this.code = code;
  }
}

/** What the sign-in form sends besides e-mail and password (next-auth hands credentials over as text). */
export type SecondFactorCredentials = { code?: unknown; rememberDevice?: unknown };

/**
 * Passes for a user without 2FA, or on a device they had remembered; else spends the code (or
 * recovery code) sent, and remembers this device when asked. Throws TwoFactorSignin otherwise.
 */
export async function secondFactorStep(userId: string, credentials: SecondFactorCredentials, now = new Date()): Promise<void> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, passwordHash: true, twoFactor: { select: { enabledAt: true } } } });
  if (!user?.twoFactor?.enabledAt) return;
  if (await isTrustedDevice(user, now)) return;
  const code = typeof credentials.code === "string" ? credentials.code.trim() : "";
  if (!code) throw new TwoFactorSignin("two_factor_required");
  const result = await verifySecondFactor(user, code, now);
  if (!result.ok) throw new TwoFactorSignin(result.reason === "rate_limited" ? "two_factor_rate_limited" : "two_factor_invalid");
  if (credentials.rememberDevice === true || credentials.rememberDevice === "true") await trustThisDevice(user, now);
}

/** The sign-in form's answer to a refused second step; null for any other refusal. */
export function twoFactorSignInError(code: string | undefined): AppError | null {
  if (code === "two_factor_required") return new AppError("TWO_FACTOR_REQUIRED", msg("auth.signIn.twoFactorPrompt"));
  if (code === "two_factor_invalid") return new AppError("TWO_FACTOR_INVALID", msg("errors.correctFields"), { code: msg("auth.errors.twoFactorInvalid") });
  if (code === "two_factor_rate_limited") return new AppError("RATE_LIMITED", msg("auth.errors.rateLimited", { minutes: Math.round(TWO_FACTOR_RULE.windowMs / 60_000) }));
  return null;
}
