import "server-only";
// Passcode and the three Customer Order Link logins. Failures are counted per link and client in
// the database (lib/rate-limit), so 10 failures in 15 minutes lock that client out of that link on
// every app instance; and per target from every client together (the link's passcode, the
// account, the offline buyer's login, the brand-specific credential: lib/rate-limit/target-ceiling),
// which slows a guesser spread over many addresses and tells the target's owner. Secrets are
// bcrypt hashes compared by bcrypt (constant time; a dummy hash when the account is unknown).
import { checkAccountPassword } from "@/lib/auth/account-password";
import { noticeBrandCredentialThrottled, noticeLinkPasscodeThrottled, noticeOfflineLoginThrottled } from "@/lib/auth/ceiling-notices";
import { verifySecret } from "@/lib/auth/password";
import { authSecret } from "@/lib/auth/secret";
import { currentClient, recordSecurityEvent } from "@/lib/auth/security-log";
import { secondFactorStep, TwoFactorSignin, twoFactorSignInError } from "@/lib/auth/two-factor/sign-in-step";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg, type MessageKey } from "@/lib/i18n/message-text";
import { guardedCheck, type CeilingTarget, type GuardedResult } from "@/lib/rate-limit/guarded-check";
import { waitMinutes, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { CEILING_KEYS, TARGET_CEILINGS } from "@/lib/rate-limit/target-ceiling";
import { passcodeFingerprint, type LinkSessionLogin } from "./session-token";

export const LINK_ATTEMPT_RULE: RateLimitRule = { limit: 10, windowMs: 15 * 60_000 };

type LinkRef = { id: string; brandId: string; type: string; passcodeHash: string | null };

/** A guarded check's answer to the visitor: the value, or why not (wrong secret, or one of the two limits). */
function answer<T>(result: GuardedResult<T>, failure: MessageKey): T {
  if (result.ok) return result.value;
  if (result.reason === "clientLimited") throw new AppError("RATE_LIMITED", msg("linkPages.errors.tooManyAttempts", { minutes: waitMinutes(result.waitMs) }));
  if (result.reason === "targetLimited") throw new AppError("RATE_LIMITED", msg("linkPages.errors.throttled", { minutes: waitMinutes(result.waitMs) }));
  throw new AppError("INVALID_CREDENTIALS", msg(failure));
}

async function guarded<T>(key: string, target: CeilingTarget, attempt: () => Promise<T | null>, failure: MessageKey): Promise<T> {
  return answer(await guardedCheck({ client: { key, rule: LINK_ATTEMPT_RULE }, target, check: attempt }), failure);
}

/** The fingerprint to keep in the session once the passcode is right. */
export async function checkLinkPasscode(link: LinkRef, passcode: string, client: string): Promise<string> {
  if (!link.passcodeHash) return "";
  const hash = link.passcodeHash;
  const rule = TARGET_CEILINGS.linkPasscode;
  return guarded(
    `link-passcode:${link.id}:${client}`,
    { key: CEILING_KEYS.linkPasscode(link.id), rule, onTrip: () => noticeLinkPasscodeThrottled(link.id, rule.limit) },
    async () => ((await verifySecret(passcode, hash)) ? passcodeFingerprint(hash, authSecret()) : null),
    "linkPages.errors.wrongPasscode",
  );
}

function requireCustomerLink(link: LinkRef) {
  if (link.type !== "CUSTOMER") throw new AppError("NOT_CUSTOMER_LINK", msg("linkPages.errors.noLoginNeeded"));
}

function refuseClosed(status: string | undefined) {
  if (status === "CLOSED") throw new AppError("CONNECTION_CLOSED", msg("linkPages.errors.connectionClosed"));
}

/** Login with User Account: the user's organizations connected to the brand; one is chosen right away when alone. */
export async function loginWithUserAccount(link: LinkRef, email: string, password: string, client: string, code?: string): Promise<LinkSessionLogin> {
  requireCustomerLink(link);
  // The account's own password: the account's ceiling and security log, as on /signin.
  const requestClient = await currentClient();
  const user = answer(
    await checkAccountPassword({ email, password, client: requestClient, perClient: () => ({ key: `link-login:${link.id}:${client}`, rule: LINK_ATTEMPT_RULE }) }),
    "linkPages.errors.wrongEmailOrPassword",
  );
  // The same second step as /signin: a password alone never opens an account with 2FA.
  await secondFactorStep(user.id, { code }).catch((error: unknown) => {
    throw (error instanceof TwoFactorSignin && twoFactorSignInError(error.code)) || error;
  });
  await recordSecurityEvent(prisma, { userId: user.id, type: "SIGN_IN", client: requestClient });
  const memberships = await prisma.buyerMember.findMany({
    where: { userId: user.id, buyer: { connections: { some: { brandId: link.brandId } } } },
    include: { buyer: { select: { connections: { where: { brandId: link.brandId }, select: { status: true } } } } },
  });
  if (memberships.length === 0) throw new AppError("NO_CONNECTION", msg("linkPages.errors.noConnectedOrganization"));
  if (memberships.length === 1) {
    refuseClosed(memberships[0].buyer.connections[0]?.status);
    return { method: "USER_ACCOUNT", userId: user.id, buyerId: memberships[0].buyerId };
  }
  return { method: "USER_ACCOUNT", userId: user.id, buyerId: null };
}

/** The organizations a logged-in user may choose from, with their connection status to the brand. */
export async function buyerChoices(brandId: string, userId: string) {
  const memberships = await prisma.buyerMember.findMany({
    where: { userId, buyer: { connections: { some: { brandId } } } },
    include: { buyer: { select: { id: true, name: true, connections: { where: { brandId }, select: { status: true } } } } },
    orderBy: { buyer: { name: "asc" } },
  });
  return memberships.map((m) => ({ id: m.buyer.id, name: m.buyer.name, status: m.buyer.connections[0]?.status ?? "CLOSED" }));
}

export async function chooseBuyer(link: LinkRef, userId: string, buyerId: string): Promise<LinkSessionLogin> {
  const choice = (await buyerChoices(link.brandId, userId)).find((c) => c.id === buyerId);
  if (!choice) throw new AppError("NOT_FOUND", msg("linkPages.errors.chooseOwnOrganization"));
  refuseClosed(choice.status);
  return { method: "USER_ACCOUNT", userId, buyerId };
}

/** Login with Offline Buyer: the e-mail + password the brand set for Customer Order Links. */
export async function loginWithOfflineBuyer(link: LinkRef, email: string, password: string, client: string): Promise<LinkSessionLogin> {
  requireCustomerLink(link);
  const loginEmail = email.trim().toLowerCase();
  const rule = TARGET_CEILINGS.offlineLogin;
  const buyer = await guarded(
    `link-login:${link.id}:${client}`,
    { key: CEILING_KEYS.offlineLogin(link.brandId, loginEmail), rule, onTrip: () => noticeOfflineLoginThrottled(link.brandId, loginEmail, rule.limit) },
    async () => {
      const candidates = await prisma.buyer.findMany({
        where: { linkLoginEmail: { equals: email, mode: "insensitive" }, ownership: "OFFLINE", ownerBrandId: link.brandId },
        select: { id: true, linkLoginPasswordHash: true, connections: { where: { brandId: link.brandId }, select: { status: true } } },
        orderBy: { name: "asc" },
      });
      if (candidates.length === 0) {
        await verifySecret(password, null);
        return null;
      }
      for (const candidate of candidates) if (await verifySecret(password, candidate.linkLoginPasswordHash)) return candidate;
      return null;
    },
    "linkPages.errors.wrongEmailOrPassword",
  );
  if (buyer.connections.length === 0) throw new AppError("NO_CONNECTION", msg("linkPages.errors.buyerNotConnected"));
  refuseClosed(buyer.connections[0].status);
  return { method: "OFFLINE_BUYER", buyerId: buyer.id };
}

/** Login with Brand-Specific Credentials: the unique code + passcode set for one connection. */
export async function loginWithBrandCredentials(link: LinkRef, code: string, passcode: string, client: string): Promise<LinkSessionLogin> {
  requireCustomerLink(link);
  const rule = TARGET_CEILINGS.brandCredential;
  const connection = await guarded(
    `link-login:${link.id}:${client}`,
    { key: CEILING_KEYS.brandCredential(link.brandId, code), rule, onTrip: () => noticeBrandCredentialThrottled(link.brandId, code, rule.limit) },
    async () => {
      const found = await prisma.connection.findUnique({ where: { brandId_uniqueCode: { brandId: link.brandId, uniqueCode: code } } });
      return (await verifySecret(passcode, found?.passcodeHash)) && found?.passcodeHash ? found : null;
    },
    "linkPages.errors.wrongCodeOrPasscode",
  );
  refuseClosed(connection.status);
  return { method: "BRAND_CREDENTIALS", connectionId: connection.id };
}
