import "server-only";
// Writes the audit trail: who changed what, when, from which status to which. Call it inside the
// same transaction as the change it records.
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";

export type Actor = { userId?: string | null; label: string };

export type AuditInput = {
  brandId: string | null;
  actor: Actor;
  entityType: string;
  entityId: string;
  action: string;
  from?: string | null;
  to?: string | null;
  data?: Prisma.InputJsonValue;
};

export function recordAudit(db: Pick<Tx, "auditEvent">, event: AuditInput) {
  return db.auditEvent.create({
    data: {
      brandId: event.brandId,
      actorUserId: event.actor.userId ?? null,
      actorLabel: event.actor.label,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      fromStatus: event.from ?? null,
      toStatus: event.to ?? null,
      data: event.data,
    },
  });
}

/** The actor for a brand member acting in the admin. */
export function memberActor(user: { id: string; name: string; email: string }): Actor {
  return { userId: user.id, label: user.name || user.email };
}
