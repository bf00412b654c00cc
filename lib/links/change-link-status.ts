import "server-only";
// Status Update between Open and Void (Void stops access and can be reverted to Open). Guarded by
// the status the modal showed, so two staff updating at once give one change and one audit event.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import type { OrderLinkStatus } from "@/lib/db/generated/enums";
import { linkUnchangedError } from "./why-unchanged";

export async function changeLinkStatus(ctx: BrandContext, input: { id: string; from: OrderLinkStatus; to: OrderLinkStatus }) {
  const brandId = ctx.brand.id;
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.orderLink.updateMany({ where: { id: input.id, brandId, status: input.from }, data: { status: input.to } });
    if (count === 0) throw await linkUnchangedError(tx, brandId, input.id);
    await recordAudit(tx, { brandId, actor: memberActor(ctx.user), entityType: "OrderLink", entityId: input.id, action: "status.update", from: input.from, to: input.to });
    return { id: input.id, status: input.to };
  });
}
