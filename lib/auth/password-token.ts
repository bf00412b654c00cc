import "server-only";
// Single-use links that set a password: RESET ("Forgot password?", one hour) and SETUP (the first
// password of an account made without one, e.g. an offline buyer that became customer-owned;
// as long as an invitation). Only the token's SHA-256 is stored. Using one, or any change of the
// password, ends every other open link of the user (revokeOpenPasswordTokens).
import type { Tx } from "@/lib/db/client";
import { prisma } from "@/lib/db/client";
import type { PasswordTokenPurpose } from "@/lib/db/generated/enums";
import { newSecretToken, secretTokenHashOf } from "./secret-token";

export const PASSWORD_TOKEN_TTL_MS: Record<PasswordTokenPurpose, number> = {
  RESET: 60 * 60 * 1000,
  SETUP: 14 * 24 * 60 * 60 * 1000,
};

/** The path of the page a password link opens. */
export function passwordTokenPath(token: string): string {
  return `/reset-password/${token}`;
}

export async function issuePasswordToken(db: Pick<Tx, "passwordToken">, input: { userId: string; purpose: PasswordTokenPurpose; now?: Date }) {
  const now = input.now ?? new Date();
  const { token, tokenHash } = newSecretToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_TOKEN_TTL_MS[input.purpose]);
  await db.passwordToken.create({ data: { userId: input.userId, purpose: input.purpose, tokenHash, expiresAt, createdAt: now } });
  return { token, expiresAt };
}

/** An open (unused, unexpired) link by its token, with the account it sets; null otherwise. */
export async function findOpenPasswordToken(token: string, now = new Date()) {
  const tokenHash = secretTokenHashOf(token);
  if (!tokenHash) return null;
  return prisma.passwordToken.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    select: { id: true, purpose: true, expiresAt: true, user: { select: { id: true, email: true, name: true, language: true } } },
  });
}

/** Uses the link: true for exactly one of any number of concurrent uses, false once used or expired. */
export async function claimPasswordToken(tx: Pick<Tx, "passwordToken">, id: string, now: Date): Promise<boolean> {
  const claimed = await tx.passwordToken.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return claimed.count === 1;
}

/** The password changed: no earlier link may set it again. */
export async function revokeOpenPasswordTokens(tx: Pick<Tx, "passwordToken">, userId: string, now: Date): Promise<void> {
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}
