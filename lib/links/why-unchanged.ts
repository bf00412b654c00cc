import "server-only";
// After a guarded link write matched nothing: say why. Another brand's id (or one that never
// existed) is not found; a link someone just deleted or re-statused is "already changed".
import type { Tx } from "@/lib/db/client";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";

export async function linkUnchangedError(db: Pick<Tx, "orderLink" | "auditEvent">, brandId: string, id: string) {
  const link = await db.orderLink.findFirst({ where: { id, brandId }, select: { status: true } });
  if (link) {
    return new AlreadyChangedError("LINK_STATUS_ALREADY_CHANGED", "This link's status was already changed by someone else. Reload to see its current status.");
  }
  const deleted = await db.auditEvent.findFirst({ where: { brandId, entityType: "OrderLink", entityId: id, action: "link.delete" }, select: { id: true } });
  if (deleted) return new AlreadyChangedError("LINK_ALREADY_DELETED", "This link was already deleted by someone else.");
  return new NotFoundError("This link no longer exists.");
}
