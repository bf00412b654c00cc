import "server-only";
// Manual stock adjustment of one SKU: a relative change with a reason, never below zero (the
// guard is in the UPDATE itself, so concurrent adjustments and release allocations cannot
// overdraw), logged as a stock movement and an audit event in the same transaction.
import { memberActor, recordAudit, type Acting } from "@/lib/audit/record-audit";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { emitLowStock } from "@/lib/webhooks/low-stock";

export type StockAdjustment = { skuId: string; delta: number; reason: string };

export async function adjustStock(brandId: string, user: Acting, input: StockAdjustment) {
  return prisma.$transaction((tx) => adjustStockIn(tx, brandId, user, input));
}

/** The same adjustment inside the caller's transaction (the integration API changes many SKUs in one). */
export async function adjustStockIn(tx: Tx, brandId: string, user: Acting, input: StockAdjustment) {
  const changed = await tx.sku.updateMany({
    where: { id: input.skuId, brandId, ...(input.delta < 0 ? { stockQuantity: { gte: -input.delta } } : {}) },
    data: { stockQuantity: { increment: input.delta } },
  });
  const sku = await tx.sku.findFirst({ where: { id: input.skuId, brandId }, select: { id: true, code: true, stockQuantity: true, productId: true } });
  if (!sku) throw new NotFoundError(msg("products.errors.skuNotFound"));
  if (changed.count === 0) {
    throw new AppError("STOCK_SHORT", msg("products.errors.stockShort", { count: sku.stockQuantity, code: sku.code }), {
      delta: msg("products.errors.stockShortField", { count: sku.stockQuantity }),
    });
  }
  await tx.stockMovement.create({ data: { brandId, skuId: sku.id, delta: input.delta, reason: input.reason, actorUserId: user.id } });
  await recordAudit(tx, {
    brandId, actor: memberActor(user), entityType: "Sku", entityId: sku.id, action: "stock.adjust",
    from: String(sku.stockQuantity - input.delta), to: String(sku.stockQuantity), data: { code: sku.code, delta: input.delta, reason: input.reason },
  });
  await emitLowStock(tx, brandId, [{ skuId: sku.id, before: sku.stockQuantity - input.delta, after: sku.stockQuantity }]);
  return { skuId: sku.id, code: sku.code, productId: sku.productId, stockQuantity: sku.stockQuantity };
}
