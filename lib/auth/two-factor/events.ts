import "server-only";
// The record of a user's two-factor changes and failures: written to their security log
// (lib/auth/security-log.ts), with the client address and browser of the request.
import type { Tx } from "@/lib/db/client";
import { currentClient, recordSecurityEvent } from "../security-log";

export type TwoFactorEvent = "TWO_FACTOR_ENABLED" | "TWO_FACTOR_DISABLED" | "RECOVERY_CODE_USED" | "RECOVERY_CODES_RENEWED" | "TWO_FACTOR_FAILED";

export async function recordTwoFactorEvent(db: Pick<Tx, "securityEvent">, user: { id: string; email: string }, type: TwoFactorEvent): Promise<void> {
  await recordSecurityEvent(db, { userId: user.id, type, client: await currentClient() });
}
