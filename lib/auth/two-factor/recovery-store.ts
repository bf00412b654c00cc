import "server-only";
// The stored side of recovery codes: a new set replaces every earlier code, and a code is spent by
// one guarded update, so the same code never signs in twice, even when sent twice at once.
import type { Tx } from "@/lib/db/client";
import { isRecoveryCode, newRecoveryCodes, recoveryCodeMatches, storedRecoveryCode } from "./recovery-codes";

/** Ten new codes for the user (the old ones stop working); the plain codes, for showing once. */
export async function replaceRecoveryCodes(tx: Pick<Tx, "recoveryCode">, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, ...storedRecoveryCode(code) })) });
  return codes;
}

/** Spends one unused code of the user: true when it was theirs and not used before. */
export async function spendRecoveryCode(tx: Pick<Tx, "recoveryCode">, userId: string, input: string, now: Date): Promise<boolean> {
  if (!isRecoveryCode(input)) return false;
  const unused = await tx.recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, salt: true, codeHash: true } });
  const match = unused.find((stored) => recoveryCodeMatches(input, stored));
  if (!match) return false;
  // Of two uses at once, the second finds it used once the first commits.
  const spent = await tx.recoveryCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: now } });
  return spent.count === 1;
}
