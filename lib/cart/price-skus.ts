import "server-only";
// Prices SKUs for a purchase: the SKU's wholesale price in the purchase currency, discounted by
// lib/pricing/unit-price (catalog-product > product > catalog > terms). A product in several
// orderable catalogs is priced through the first of them in the context's order.
import type { PrismaClient, Tx } from "@/lib/db/client";
import { unitPrice } from "@/lib/pricing/unit-price";
import type { PurchaseContext } from "@/lib/checkout/purchase-context";

export type PricedSku = {
  skuId: string;
  code: string;
  color: string;
  size: string;
  productId: string;
  productCode: string;
  productName: string;
  catalogId: string;
  wholesalePrice: number;
  unitPrice: number;
};

type Db = Pick<PrismaClient | Tx, "sku">;

/** Priced SKUs that the context may order, keyed by id; others (no price, no orderable catalog) are absent. */
export async function priceSkus(db: Db, ctx: PurchaseContext, skuIds: string[]): Promise<Map<string, PricedSku>> {
  const out = new Map<string, PricedSku>();
  if (skuIds.length === 0 || ctx.orderableCatalogIds.length === 0) return out;
  const skus = await db.sku.findMany({
    where: { id: { in: skuIds }, brandId: ctx.brand.id, product: { archivedAt: null } },
    include: {
      prices: { where: { currency: ctx.currency } },
      product: {
        select: {
          id: true, productCode: true, name: true, discountRate: true,
          catalogs: { where: { catalogId: { in: ctx.orderableCatalogIds } }, select: { catalogId: true, discountRate: true, catalog: { select: { discountRate: true } } } },
        },
      },
    },
  });
  for (const sku of skus) {
    const price = sku.prices[0];
    if (!price) continue;
    const entries = [...sku.product.catalogs].sort((a, b) => ctx.orderableCatalogIds.indexOf(a.catalogId) - ctx.orderableCatalogIds.indexOf(b.catalogId));
    const entry = entries[0];
    if (!entry) continue;
    out.set(sku.id, {
      skuId: sku.id, code: sku.code, color: sku.color, size: sku.size,
      productId: sku.product.id, productCode: sku.product.productCode, productName: sku.product.name, catalogId: entry.catalogId,
      wholesalePrice: price.wholesalePrice,
      unitPrice: unitPrice(price.wholesalePrice, {
        catalogProduct: entry.discountRate, product: sku.product.discountRate, catalog: entry.catalog.discountRate, terms: ctx.termsDiscountRate,
      }),
    });
  }
  return out;
}
