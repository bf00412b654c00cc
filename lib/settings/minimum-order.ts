import "server-only";
// The brand's minimum order value per currency (Settings > General), audit-logged. Catalogs and
// order links override it in their own forms.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { MinimumOrderSetting } from "@/lib/order-rules/minimum-order-value";
import { minimumOrderFromRows, type MinimumOrderRow } from "./schemas";

/** A setting as the JSON column stores it: none is SQL NULL. */
export function minimumOrderColumn(setting: MinimumOrderSetting | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return setting ?? Prisma.DbNull;
}

export async function updateMinimumOrder(ctx: BrandContext, rows: MinimumOrderRow[]) {
  const setting = minimumOrderFromRows(rows);
  return prisma.$transaction(async (tx) => {
    const before = await tx.brand.findUniqueOrThrow({ where: { id: ctx.brand.id }, select: { minimumOrder: true } });
    await tx.brand.update({ where: { id: ctx.brand.id }, data: { minimumOrder: minimumOrderColumn(setting) } });
    await recordAudit(tx, {
      brandId: ctx.brand.id, actor: memberActor(ctx.user), entityType: "Brand", entityId: ctx.brand.id, action: "brand.minimumOrder.update",
      data: { minimumOrder: setting, before: before.minimumOrder ?? null },
    });
    return { minimumOrder: setting };
  });
}
