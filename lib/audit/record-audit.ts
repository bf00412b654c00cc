import "server-only";
// Writes the audit trail: who changed what, when, from which status to which. Call it inside the
// same transaction as the change it records.
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import type { OrderEventType } from "@/lib/orders/order-events";

export type Actor = { userId?: string | null; label: string };

export type AuditInput<E extends string = string> = {
  brandId: string | null;
  actor: Actor;
  /** e.g. "OrderLink", "Connection", "Order". */
  entityType: E;
  entityId: string;
  /**
   * An order's events are typed: the order detail's status history has words for each one
   * (lib/orders/order-events.ts), so a new one must be added there before it can be written.
   */
  action: E extends "Order" ? OrderEventType : string;
  from?: string | null;
  to?: string | null;
  data?: Prisma.InputJsonValue;
};

export function recordAudit<E extends string>(db: Pick<Tx, "auditEvent">, event: AuditInput<E>) {
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

/**
 * Who acts for a brand: a member signed in to the admin (their user), or an integration's API key,
 * which has no user (id null) and is named by a catalogue message with the key's name
 * (lib/api-keys/api-key-actor.ts). Domain functions take this, so both reach the same code.
 */
export type Acting = { id: string | null; name: string; email: string };

/** The actor for a brand member acting in the admin, or for an API key. */
export function memberActor(user: Acting): Actor {
  return { userId: user.id, label: user.name || user.email };
}
