// Helpers of the two-factor tests: turning 2FA on for a fixture user through the real set-up
// functions, codes made with otplib from the secret as an authenticator app would, and where a
// page's redirect() points.
import { generate } from "otplib";
import { beginTwoFactorSetup, confirmTwoFactorSetup } from "@/lib/auth/two-factor/setup";
import { TOTP_PERIOD_SECONDS } from "@/lib/auth/two-factor/totp";

export type TwoFactorUser = { id: string; email: string; secret: string; recoveryCodes: string[] };

/** The code an authenticator app shows for the secret at `at` (now by default), `steps` periods later. */
export function totpCode(secret: string, at = new Date(), steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) + steps * TOTP_PERIOD_SECONDS });
}

/** Sets up and turns on 2FA for the user as of `at`; the secret (from the key the page shows) and the recovery codes. */
export async function enableTwoFactor(user: { id: string; email: string }, at = new Date()): Promise<TwoFactorUser> {
  const setup = await beginTwoFactorSetup(user, "Wholesale");
  const secret = setup.key.replace(/ /g, "");
  const { recoveryCodes } = await confirmTwoFactorSetup(user, await totpCode(secret, at), at);
  return { ...user, secret, recoveryCodes };
}

/** The path a server component's or action's redirect() sent to, or null when it did not redirect. */
export async function redirectedTo(work: () => Promise<unknown>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2];
    throw error;
  }
}
