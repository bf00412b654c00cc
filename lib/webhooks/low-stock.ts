import "server-only";
// inventory.low: a SKU's stock fell below the brand's threshold (Settings > Webhooks). It fires when
// a change crosses the line (from at or above to below), not on every change while stock stays low.
import type { Tx } from "@/lib/db/client";
import { emitWebhookEvents } from "./emit";

export type StockChange = { skuId: string; before: number; after: number };

type Db = Parameters<typeof emitWebhookEvents>[0] & Pick<Tx, "brand" | "sku">;

export function emitLowStock(tx: Db, brandId: string, changes: StockChange[]): Promise<number> {
  if (!changes.some((c) => c.after < c.before)) return Promise.resolve(0);
  return emitWebhookEvents(tx, brandId, "inventory.low", async () => {
    const { lowStockThreshold: threshold } = await tx.brand.findUniqueOrThrow({ where: { id: brandId }, select: { lowStockThreshold: true } });
    const crossed = new Map(changes.filter((c) => c.before >= threshold && c.after < threshold).map((c) => [c.skuId, c.after]));
    if (crossed.size === 0) return [];
    const skus = await tx.sku.findMany({
      where: { brandId, id: { in: [...crossed.keys()] } },
      select: { id: true, code: true, color: true, size: true, product: { select: { id: true, productCode: true, name: true } } },
      orderBy: { code: "asc" },
    });
    return skus.map((sku) => ({
      sku: { id: sku.id, code: sku.code, color: sku.color, size: sku.size, stockQuantity: crossed.get(sku.id)!, product: { id: sku.product.id, productCode: sku.product.productCode, name: sku.product.name } },
      threshold,
    }));
  });
}
