"use server";
import { CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { brandAction, publicAction, userAction } from "@/lib/actions/action-client";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { waitMinutes } from "@/lib/rate-limit/rate-limit";
import { RateLimitedSignin, signIn, signOut, ThrottledSignin } from "./auth";
import { ACTIVE_BRAND_COOKIE, ACTIVE_BUYER_COOKIE, activeCookieOptions } from "./context";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { forgotPasswordSchema, resetPasswordSchema, signInSchema } from "./schemas";
import { currentClient } from "./security-log";
import { duringSignIn, SignInUnavailableError } from "./sign-in-unavailable";
import { safeLocalPath } from "./safe-path";
import { signInWithChosenPassword } from "./sign-in-with-password";
import { secondFactorFields } from "./two-factor/schemas";
import { twoFactorSignInError } from "./two-factor/sign-in-step";

/** Returns where to go next: the safe callback URL, else the user's home. */
export const signInAction = publicAction({ schema: signInSchema.extend({ callbackUrl: z.string().optional(), ...secondFactorFields }) }, async (input) => {
  try {
    const secondFactor = { code: input.code ?? "", rememberDevice: String(input.rememberDevice === true) };
    await signIn("credentials", { email: input.email, password: input.password, ...secondFactor, redirect: false });
  } catch (error) {
    // Only a refusal of the credentials is the visitor's to fix; anything else (an outage, a bug)
    // must not read as a wrong password.
    if (error instanceof CredentialsSignin) {
      if (error.code === "unavailable") throw new SignInUnavailableError();
      const twoFactorRefusal = twoFactorSignInError(error.code);
      if (twoFactorRefusal) throw twoFactorRefusal;
      if (error instanceof RateLimitedSignin) throw new AppError("RATE_LIMITED", msg("auth.errors.rateLimited", { minutes: waitMinutes(error.waitMs) }));
      if (error instanceof ThrottledSignin) throw new AppError("RATE_LIMITED", msg("auth.errors.throttled", { minutes: waitMinutes(error.waitMs) }));
      throw new AppError("INVALID_CREDENTIALS", msg("auth.errors.invalidCredentials"));
    }
    throw error;
  }
  return { redirectTo: safeLocalPath(input.callbackUrl) ?? "/" };
});

/** "Forgot password?": the same answer whether or not the address has an account. */
export const forgotPasswordAction = publicAction({ schema: forgotPasswordSchema }, async ({ email }) =>
  duringSignIn(async () => {
    const { minutes } = await requestPasswordReset({ email, client: await currentClient(), locale: await requestLocale() });
    return { email, minutes };
  }),
);

/** The page a password link opens: sets the password, then signs this browser in (or sends it to sign in). */
export const resetPasswordAction = publicAction({ schema: resetPasswordSchema }, async (input) =>
  duringSignIn(async () => {
    const { email } = await resetPassword({ token: input.token, password: input.password, name: input.name, client: await currentClient() });
    const signedIn = await signInWithChosenPassword(email, input.password);
    return { signedIn, redirectTo: signedIn ? "/" : "/signin?password=changed" };
  }),
);

/** Signs out; a form may name the page to sign in for next (an invitation for another account). */
export async function signOutAction(form?: FormData) {
  await signOut({ redirect: false });
  const next = safeLocalPath(form instanceof FormData ? form.get("callbackUrl") : null);
  redirect(next ? `/signin?callbackUrl=${encodeURIComponent(next)}` : "/signin");
}

export const switchBrandAction = brandAction({ schema: z.object({ brandId: z.string().min(1) }) }, async ({ brandId }, ctx) => {
  if (!ctx.brands.some((b) => b.id === brandId)) throw new NotFoundError();
  (await cookies()).set(ACTIVE_BRAND_COOKIE, brandId, await activeCookieOptions());
  return { brandId };
});

export const switchBuyerAction = userAction({ schema: z.object({ buyerId: z.string().min(1) }) }, async ({ buyerId }, user) => {
  const member = await prisma.buyerMember.findUnique({ where: { buyerId_userId: { buyerId, userId: user.id } } });
  if (!member) throw new NotFoundError();
  (await cookies()).set(ACTIVE_BUYER_COOKIE, buyerId, await activeCookieOptions());
  return { buyerId };
});

