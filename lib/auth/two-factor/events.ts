import "server-only";
// The record of a user's two-factor changes and failures, for their security log. The one place
// these events are written: kept as user-scoped audit events (no brand) until the security log
// takes them over.
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";

export type TwoFactorEvent = "TWO_FACTOR_ENABLED" | "TWO_FACTOR_DISABLED" | "RECOVERY_CODE_USED" | "RECOVERY_CODES_RENEWED" | "TWO_FACTOR_FAILED";

export async function recordTwoFactorEvent(db: Pick<Tx, "auditEvent">, user: { id: string; email: string }, type: TwoFactorEvent): Promise<void> {
  await recordAudit(db, { brandId: null, actor: { userId: user.id, label: user.email }, entityType: "User", entityId: user.id, action: `security.${type}` });
}
