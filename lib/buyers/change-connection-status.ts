import "server-only";
// Disconnect (Connected -> Closed) and Reconnect (Closed -> Connected) as one guarded write: the
// status is part of the WHERE, so of two staff clicking at once exactly one changes the row and
// writes the audit event; the other gets "already changed".
import type { Actor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import type { ConnectionStatus } from "@/lib/db/generated/enums";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { connectionEvent } from "@/lib/webhooks/payloads";

type Change = { from: ConnectionStatus; to: ConnectionStatus; action: string; alreadyCode: string };

export async function changeConnectionStatus(input: { brandId: string; buyerId: string; actor: Actor }, change: Change) {
  const { brandId, buyerId, actor } = input;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.connection.updateMany({ where: { brandId, buyerId, status: change.from }, data: { status: change.to } });
    const connection = await tx.connection.findUnique({
      where: { brandId_buyerId: { brandId, buyerId } },
      select: { id: true, status: true, buyer: { select: { name: true } } },
    });
    if (!connection) throw new NotFoundError(msg("buyers.errors.notConnected"));
    if (updated.count === 0) {
      throw new AlreadyChangedError(change.alreadyCode, msg("buyers.errors.statusAlreadyChanged"));
    }
    await recordAudit(tx, {
      brandId,
      actor,
      entityType: "Connection",
      entityId: connection.id,
      action: change.action,
      from: change.from,
      to: change.to,
      data: { buyerId, buyerName: connection.buyer.name },
    });
    await emitWebhookEvent(tx, brandId, change.to === "CLOSED" ? "connection.closed" : "connection.reconnected", connectionEvent({ id: connection.id, buyerId, buyerName: connection.buyer.name, status: change.to }));
    return { connectionId: connection.id, buyerName: connection.buyer.name, status: change.to };
  });
}
