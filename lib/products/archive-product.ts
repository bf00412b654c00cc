import "server-only";
// Archive hides a product from pickers and new catalogs; Restore brings it back. Guarded so two
// clicks give one change and one audit event.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

export async function setProductArchived(brandId: string, user: SessionUser, id: string, archived: boolean) {
  return prisma.$transaction(async (tx) => {
    const changed = await tx.product.updateMany({
      where: { id, brandId, archivedAt: archived ? null : { not: null } },
      data: { archivedAt: archived ? new Date() : null },
    });
    if (changed.count === 0) {
      const exists = await tx.product.count({ where: { id, brandId } });
      if (!exists) throw new NotFoundError(msg("products.errors.notFound"));
      throw new AlreadyChangedError(
        archived ? "PRODUCT_ALREADY_ARCHIVED" : "PRODUCT_NOT_ARCHIVED",
        archived ? msg("products.errors.alreadyArchived") : msg("products.errors.alreadyRestored"),
      );
    }
    await recordAudit(tx, {
      brandId, actor: memberActor(user), entityType: "Product", entityId: id,
      action: archived ? "product.archive" : "product.restore", from: archived ? "ACTIVE" : "ARCHIVED", to: archived ? "ARCHIVED" : "ACTIVE",
    });
    return { id, archived };
  });
}
