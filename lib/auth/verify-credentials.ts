import "server-only";
// The sign-in check of /signin, the one place an e-mail and password become a signed-in user
// (next-auth's authorize calls it; the server-side sign-ins after accepting an invitation or
// setting a password go through it too). Failures are limited per e-mail and client address, and
// per account from every address (lib/auth/account-password.ts). A second factor, when it comes,
// is asked for after this check succeeds.
import { SIGN_IN_RULE } from "@/lib/rate-limit/rate-limit";
import { checkAccountPassword, type AccountUser } from "./account-password";
import { currentClient, type RequestClient } from "./security-log";

export type SignInCheck =
  | { ok: true; user: AccountUser }
  | { ok: false; reason: "invalid" }
  /** Too many failures from this client for this e-mail. */
  | { ok: false; reason: "clientLimited"; waitMs: number }
  /** Too many failures for this account from every client together. */
  | { ok: false; reason: "targetLimited"; waitMs: number };

export async function verifyCredentials(email: string, password: string, client?: RequestClient): Promise<SignInCheck> {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password) return { ok: false, reason: "invalid" };
  const result = await checkAccountPassword({
    email: normalized,
    password,
    client: client ?? (await currentClient()),
    perClient: (subject) => ({ key: `signin:${normalized}:${subject}`, rule: SIGN_IN_RULE }),
  });
  if (result.ok) return { ok: true, user: result.value };
  if (result.reason === "wrong") return { ok: false, reason: "invalid" };
  return result;
}
