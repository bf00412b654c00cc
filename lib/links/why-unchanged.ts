import "server-only";
// After a guarded link write matched nothing: say why. Another brand's id (or one that never
// existed) is not found; a link someone just deleted or re-statused is "already changed".
import type { Tx } from "@/lib/db/client";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

export async function linkUnchangedError(db: Pick<Tx, "orderLink" | "auditEvent">, brandId: string, id: string) {
  const link = await db.orderLink.findFirst({ where: { id, brandId }, select: { status: true } });
  if (link) {
    return new AlreadyChangedError("LINK_STATUS_ALREADY_CHANGED", msg("links.errors.statusAlreadyChanged"));
  }
  const deleted = await db.auditEvent.findFirst({ where: { brandId, entityType: "OrderLink", entityId: id, action: "link.delete" }, select: { id: true } });
  if (deleted) return new AlreadyChangedError("LINK_ALREADY_DELETED", msg("links.errors.alreadyDeleted"));
  return new NotFoundError(msg("links.errors.notFound"));
}
