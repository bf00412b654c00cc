import "server-only";
// The sign-in check of /signin, the one place an e-mail and password become a signed-in user
// (next-auth's authorize calls it; the server-side sign-ins after accepting an invitation or
// setting a password go through it too). Failures are limited per e-mail and client address, and
// per account from every address (lib/auth/account-password.ts). A right password is not enough
// for a user with two-factor authentication: the code step (lib/auth/two-factor/sign-in-step.ts)
// throws until it is given; only then is the sign-in logged.
import { prisma } from "@/lib/db/client";
import { SIGN_IN_RULE } from "@/lib/rate-limit/rate-limit";
import { checkAccountPassword, type AccountUser } from "./account-password";
import { currentClient, recordSecurityEvent, type RequestClient } from "./security-log";
import { secondFactorStep, type SecondFactorCredentials } from "./two-factor/sign-in-step";

export type SignInCheck =
  | { ok: true; user: AccountUser }
  | { ok: false; reason: "invalid" }
  /** Too many failures from this client for this e-mail. */
  | { ok: false; reason: "clientLimited"; waitMs: number }
  /** Too many failures for this account from every client together. */
  | { ok: false; reason: "targetLimited"; waitMs: number };

export async function verifyCredentials(email: string, password: string, secondFactor: SecondFactorCredentials = {}, client?: RequestClient): Promise<SignInCheck> {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password) return { ok: false, reason: "invalid" };
  const requestClient = client ?? (await currentClient());
  const result = await checkAccountPassword({
    email: normalized,
    password,
    client: requestClient,
    perClient: (subject) => ({ key: `signin:${normalized}:${subject}`, rule: SIGN_IN_RULE }),
  });
  if (!result.ok) return result.reason === "wrong" ? { ok: false, reason: "invalid" } : result;
  await secondFactorStep(result.value.id, secondFactor);
  await recordSecurityEvent(prisma, { userId: result.value.id, type: "SIGN_IN", client: requestClient });
  return { ok: true, user: result.value };
}
