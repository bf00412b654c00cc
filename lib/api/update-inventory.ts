import "server-only";
// POST /inventory: sets or adjusts the stock of many SKUs by SKU code, all or nothing, inside the
// Idempotency-Key's transaction. Each change is the admin's own stock adjustment (never below
// zero, a stock movement and an audit event); a set becomes the adjustment from the stock read
// under a row lock. Rows are locked in one order, so two updates of the same SKUs cannot deadlock.
import type { Acting } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { adjustStockIn } from "@/lib/products/adjust-stock";
import { API_STOCK_REASON } from "@/lib/products/stock-reasons";
import type { InventoryUpdate } from "./schemas";

export async function updateInventory(tx: Tx, brandId: string, user: Acting, input: InventoryUpdate) {
  const codes = input.items.map((i) => i.sku);
  const skus = await tx.$queryRaw<{ id: string; code: string; stockQuantity: number }[]>`
    SELECT "id", "code", "stockQuantity" FROM "Sku" WHERE "brandId" = ${brandId} AND "code" = ANY(${codes}::text[]) ORDER BY "id" FOR UPDATE`;
  const byCode = new Map(skus.map((s) => [s.code, s]));
  const missing = input.items.flatMap((item, i) => (byCode.has(item.sku) ? [] : [[`items.${i}.sku`, msg("api.errors.skuNotFound")] as const]));
  if (missing.length) throw new AppError("NOT_FOUND", msg("products.errors.skuNotFound"), Object.fromEntries(missing));

  const reason = input.reason || API_STOCK_REASON;
  const results: { sku: string; stock: number; delta: number }[] = [];
  for (const [i, item] of input.items.entries()) {
    const sku = byCode.get(item.sku)!;
    const delta = item.delta ?? item.quantity! - sku.stockQuantity;
    if (delta === 0) {
      results.push({ sku: sku.code, stock: sku.stockQuantity, delta: 0 });
      continue;
    }
    try {
      const changed = await adjustStockIn(tx, brandId, user, { skuId: sku.id, delta, reason });
      results.push({ sku: sku.code, stock: changed.stockQuantity, delta });
    } catch (error) {
      // The adjustment names its field "delta"; here it is this item's.
      if (error instanceof AppError && error.fieldErrors) throw new AppError(error.code, error.message, { [`items.${i}.delta`]: Object.values(error.fieldErrors)[0] });
      throw error;
    }
  }
  return { items: results };
}
