import "server-only";
// Archive hides a product from pickers and new catalogs; Restore brings it back. Guarded so two
// clicks give one change and one audit event.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";

export async function setProductArchived(brandId: string, user: SessionUser, id: string, archived: boolean) {
  return prisma.$transaction(async (tx) => {
    const changed = await tx.product.updateMany({
      where: { id, brandId, archivedAt: archived ? null : { not: null } },
      data: { archivedAt: archived ? new Date() : null },
    });
    if (changed.count === 0) {
      const exists = await tx.product.count({ where: { id, brandId } });
      if (!exists) throw new NotFoundError("This product no longer exists.");
      throw new AlreadyChangedError(
        archived ? "PRODUCT_ALREADY_ARCHIVED" : "PRODUCT_NOT_ARCHIVED",
        archived ? "This product was already archived by someone else." : "This product was already restored by someone else.",
      );
    }
    await recordAudit(tx, {
      brandId, actor: memberActor(user), entityType: "Product", entityId: id,
      action: archived ? "product.archive" : "product.restore", from: archived ? "ACTIVE" : "ARCHIVED", to: archived ? "ARCHIVED" : "ACTIVE",
    });
    return { id, archived };
  });
}
