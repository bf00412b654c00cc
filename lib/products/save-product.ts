import "server-only";
// Creates or edits a product with its SKU matrix, prices and order rules (prepacks replaced in the
// same transaction). Stock of existing SKUs is not set here: it changes only through adjustments
// (with a reason) and imports, both logged.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { toMinor } from "@/lib/money/format";
import type { ProductFormValues } from "./schemas";
import { replacePrepacks } from "./prepacks";
import { INITIAL_STOCK_REASON } from "./stock-reasons";

function priceRows(skuId: string, sku: ProductFormValues["skus"][number], currencies: string[]) {
  return sku.prices
    .filter((p) => currencies.includes(p.currency))
    .map((p) => ({
      skuId,
      currency: p.currency,
      wholesalePrice: toMinor(p.wholesalePrice, p.currency),
      retailPrice: p.retailPrice === null ? null : toMinor(p.retailPrice, p.currency),
    }));
}

async function assertCodesFree(tx: Tx, brandId: string, values: ProductFormValues, productId?: string) {
  const fieldErrors: Record<string, string> = {};
  const sameCode = await tx.product.findFirst({ where: { brandId, productCode: values.productCode, ...(productId ? { id: { not: productId } } : {}) }, select: { id: true } });
  if (sameCode) fieldErrors.productCode = msg("products.errors.productCodeTaken", { code: values.productCode });
  const taken = await tx.sku.findMany({
    where: { brandId, code: { in: values.skus.map((s) => s.code) }, ...(productId ? { productId: { not: productId } } : {}) },
    select: { code: true },
  });
  const takenCodes = new Set(taken.map((t) => t.code));
  values.skus.forEach((sku, i) => {
    if (takenCodes.has(sku.code)) fieldErrors[`skus.${i}.code`] = msg("products.errors.skuCodeTaken", { code: sku.code });
  });
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", msg("errors.correctFields"), fieldErrors);
}

export async function saveProduct(brandId: string, user: SessionUser, values: ProductFormValues, id?: string) {
  return prisma.$transaction(async (tx) => {
    await assertCodesFree(tx, brandId, values, id);
    const data = {
      productCode: values.productCode,
      name: values.name,
      description: values.description,
      deliveryName: values.deliveryName,
      discountRate: values.discountRate,
      minQuantity: values.rules.minQuantity,
      maxQuantity: values.rules.maxQuantity,
      minQuantityPerSku: values.rules.minQuantityPerSku,
      orderMultiple: values.rules.orderMultiple,
      saleMode: values.rules.saleMode,
    };
    let productId: string;
    if (id) {
      const updated = await tx.product.updateMany({ where: { id, brandId }, data });
      if (updated.count === 0) throw new NotFoundError(msg("products.errors.notFound"));
      productId = id;
    } else {
      productId = (await tx.product.create({ data: { ...data, brandId }, select: { id: true } })).id;
    }

    const existing = await tx.sku.findMany({ where: { productId, brandId }, select: { id: true, code: true } });
    const keptIds = new Set(values.skus.map((s) => s.id).filter(Boolean));
    const removed = existing.filter((s) => !keptIds.has(s.id));
    if (removed.length) {
      const ordered = await tx.orderLine.findFirst({ where: { skuId: { in: removed.map((s) => s.id) } }, select: { skuCode: true } });
      if (ordered) throw new AppError("SKU_HAS_ORDERS", msg("products.errors.skuHasOrders", { code: ordered.skuCode }));
      await tx.sku.deleteMany({ where: { id: { in: removed.map((s) => s.id) }, brandId } });
    }
    const existingIds = new Set(existing.map((s) => s.id));
    for (const [position, sku] of values.skus.entries()) {
      let skuId: string;
      if (sku.id && existingIds.has(sku.id)) {
        skuId = sku.id;
        await tx.sku.update({ where: { id: skuId }, data: { code: sku.code, color: sku.color, size: sku.size, position } });
        await tx.skuPrice.deleteMany({ where: { skuId } });
      } else {
        skuId = (
          await tx.sku.create({
            data: { brandId, productId, code: sku.code, color: sku.color, size: sku.size, position, stockQuantity: sku.stockQuantity },
            select: { id: true },
          })
        ).id;
        if (sku.stockQuantity > 0) {
          await tx.stockMovement.create({ data: { brandId, skuId, delta: sku.stockQuantity, reason: INITIAL_STOCK_REASON, actorUserId: user.id } });
        }
      }
      await tx.skuPrice.createMany({ data: priceRows(skuId, sku, values.currencies) });
    }
    const packs = await replacePrepacks(tx, brandId, productId, values.rules.prepacks);
    await recordAudit(tx, {
      brandId,
      actor: memberActor(user),
      entityType: "Product",
      entityId: productId,
      action: id ? "product.update" : "product.create",
      data: {
        productCode: values.productCode, skus: values.skus.length, removedSkus: removed.map((s) => s.code),
        rules: { ...values.rules, prepacks: values.rules.prepacks.map((p) => p.name) }, removedPrepacks: packs.removed,
      },
    });
    return { id: productId };
  });
}
