"use server";
import { CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { brandAction, publicAction, userAction } from "@/lib/actions/action-client";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { SIGN_IN_RULE } from "@/lib/rate-limit/rate-limit";
import { signIn, signOut } from "./auth";
import { SignInUnavailableError } from "./sign-in-unavailable";
import { ACTIVE_BRAND_COOKIE, ACTIVE_BUYER_COOKIE, activeCookieOptions } from "./context";
import { signInSchema } from "./schemas";
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
      if (error.code === "rate_limited") {
        throw new AppError("RATE_LIMITED", msg("auth.errors.rateLimited", { minutes: Math.round(SIGN_IN_RULE.windowMs / 60_000) }));
      }
      throw new AppError("INVALID_CREDENTIALS", msg("auth.errors.invalidCredentials"));
    }
    throw error;
  }
  // A path on this site only: browsers read "//host" and "/\host" as another site.
  const safe = input.callbackUrl && /^\/(?![/\\])/.test(input.callbackUrl) ? input.callbackUrl : null;
  return { redirectTo: safe ?? "/" };
});

export async function signOutAction() {
  await signOut({ redirect: false });
  redirect("/signin");
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

