import "server-only";
// Checks an account's password, wherever it is typed (/signin, Login with User Account on a
// Customer Order Link): under the caller's per-address limit and the account's ceiling, which
// counts wrong passwords from every address together; a wrong password for an existing account
// goes to its security log (the caller logs the sign-in once it is complete). Keyed by the typed
// e-mail, so unknown addresses are limited the same way.
import { lockoutSubject } from "@/lib/http/client-address";
import { prisma } from "@/lib/db/client";
import { guardedCheck, type GuardedResult } from "@/lib/rate-limit/guarded-check";
import type { RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { CEILING_KEYS, TARGET_CEILINGS } from "@/lib/rate-limit/target-ceiling";
import { noticeAccountThrottled } from "./ceiling-notices";
import { verifySecret } from "./password";
import { recordSecurityEvent, type RequestClient } from "./security-log";

export type AccountUser = { id: string; email: string; name: string; sessionVersion: number };

export async function checkAccountPassword(input: {
  email: string;
  password: string;
  client: RequestClient;
  /** The per-address limit: its key names the place and includes lockoutSubject(client). */
  perClient: (subject: string) => { key: string; rule: RateLimitRule };
}): Promise<GuardedResult<AccountUser>> {
  const email = input.email.trim().toLowerCase();
  const rule = TARGET_CEILINGS.account;
  return guardedCheck({
    client: input.perClient(lockoutSubject(input.client.address)),
    target: { key: CEILING_KEYS.account(email), rule, onTrip: () => noticeAccountThrottled(email, rule.limit) },
    check: async () => {
      const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, sessionVersion: true, passwordHash: true } });
      const ok = await verifySecret(input.password, user?.passwordHash);
      if (user && !ok) await recordSecurityEvent(prisma, { userId: user.id, type: "SIGN_IN_FAILED", client: input.client });
      if (!user || !ok) return null;
      return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
    },
  });
}
