import "server-only";
// Withdraw a pending invitation (Pending -> Revoked); its link stops working.
import type { Actor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

export async function revokeInvitation(input: { brandId: string; invitationId: string; actor: Actor }) {
  const { brandId, invitationId, actor } = input;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.connectionInvitation.updateMany({ where: { id: invitationId, brandId, status: "PENDING" }, data: { status: "REVOKED" } });
    if (updated.count === 0) {
      const exists = await tx.connectionInvitation.findFirst({ where: { id: invitationId, brandId }, select: { id: true } });
      if (!exists) throw new NotFoundError(msg("buyers.errors.invitationNotFound"));
      throw new AlreadyChangedError("INVITATION_ALREADY_CHANGED", msg("buyers.errors.invitationAlreadyChanged"));
    }
    await recordAudit(tx, { brandId, actor, entityType: "ConnectionInvitation", entityId: invitationId, action: "invitation.revoke", from: "PENDING", to: "REVOKED" });
    return { invitationId };
  });
}
