import "server-only";
// Prices SKUs for a purchase: the SKU's wholesale price in the purchase currency, discounted by
// lib/pricing/unit-price (catalog-product > product > catalog > terms). A product in several
// orderable catalogs is priced through the first of them in the context's order. The product's
// order rules come in the same statement (lib/order-rules), so checking them costs no query.
import type { PrismaClient, Tx } from "@/lib/db/client";
import { PRODUCT_RULES_SELECT, productRulesOf } from "@/lib/order-rules/product-rules-select";
import type { ProductRules, SkuRef } from "@/lib/order-rules/product-rules";
import { unitPrice, type PriceRates } from "@/lib/pricing/unit-price";
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
  /** The product's order rules as they are now. */
  rules: ProductRules;
};

type Db = Pick<PrismaClient | Tx, "sku" | "product">;

/** What pricing reads of a product: its discount, its entries in the orderable catalogs and its rules. */
function productSelect(ctx: PurchaseContext) {
  return {
    ...PRODUCT_RULES_SELECT,
    productCode: true, name: true, discountRate: true,
    catalogs: { where: { catalogId: { in: ctx.orderableCatalogIds } }, select: { catalogId: true, discountRate: true, catalog: { select: { discountRate: true } } } },
  } as const;
}

type Rate = PriceRates["product"];
type ProductRow = {
  id: string; productCode: string; name: string; discountRate: Rate;
  catalogs: { catalogId: string; discountRate: Rate; catalog: { discountRate: Rate } }[];
};
type SkuRow = { id: string; code: string; color: string; size: string; prices: { wholesalePrice: number }[] };

/** A SKU's price in the context, or null when it has none there (no price in the currency, no orderable catalog). */
function priceOne(ctx: PurchaseContext, sku: SkuRow, product: ProductRow, rules: ProductRules): PricedSku | null {
  const price = sku.prices[0];
  if (!price) return null;
  const entry = [...product.catalogs].sort((a, b) => ctx.orderableCatalogIds.indexOf(a.catalogId) - ctx.orderableCatalogIds.indexOf(b.catalogId))[0];
  if (!entry) return null;
  return {
    skuId: sku.id, code: sku.code, color: sku.color, size: sku.size,
    productId: product.id, productCode: product.productCode, productName: product.name, catalogId: entry.catalogId,
    wholesalePrice: price.wholesalePrice,
    unitPrice: unitPrice(price.wholesalePrice, { catalogProduct: entry.discountRate, product: product.discountRate, catalog: entry.catalog.discountRate, terms: ctx.termsDiscountRate }),
    rules,
  };
}

/** Priced SKUs that the context may order, keyed by id; others (no price, no orderable catalog) are absent. */
export async function priceSkus(db: Db, ctx: PurchaseContext, skuIds: string[]): Promise<Map<string, PricedSku>> {
  const out = new Map<string, PricedSku>();
  if (skuIds.length === 0 || ctx.orderableCatalogIds.length === 0) return out;
  const skus = await db.sku.findMany({
    where: { id: { in: skuIds }, brandId: ctx.brand.id, product: { archivedAt: null } },
    select: { id: true, code: true, color: true, size: true, prices: { where: { currency: ctx.currency }, select: { wholesalePrice: true } }, product: { select: productSelect(ctx) } },
  });
  const rulesOf = new Map<string, ProductRules>();
  for (const sku of skus) {
    if (!rulesOf.has(sku.product.id)) rulesOf.set(sku.product.id, productRulesOf(sku.product));
    const priced = priceOne(ctx, sku, sku.product, rulesOf.get(sku.product.id)!);
    if (priced) out.set(sku.id, priced);
  }
  return out;
}

export type PricedProduct = {
  rules: ProductRules;
  skus: SkuRef[];
  priced: Map<string, PricedSku>;
  /** Whether the product is in a catalog the context may order from (else none of its SKUs is priced). */
  inOrderableCatalog: boolean;
  archived: boolean;
};

function productSkusSelect(ctx: PurchaseContext) {
  return {
    ...productSelect(ctx),
    archivedAt: true,
    skus: { orderBy: { position: "asc" }, select: { id: true, code: true, color: true, size: true, prices: { where: { currency: ctx.currency }, select: { wholesalePrice: true } } } },
  } as const;
}

type ProductWithSkus = ProductRow & Parameters<typeof productRulesOf>[0] & { archivedAt: Date | null; skus: SkuRow[] };

function pricedProduct(ctx: PurchaseContext, product: ProductWithSkus): PricedProduct {
  const rules = productRulesOf(product);
  const priced = new Map<string, PricedSku>();
  if (!product.archivedAt && ctx.orderableCatalogIds.length > 0) {
    for (const sku of product.skus) {
      const p = priceOne(ctx, sku, product, rules);
      if (p) priced.set(sku.id, p);
    }
  }
  return {
    rules, priced, skus: product.skus.map((s) => ({ id: s.id, color: s.color, size: s.size })),
    inOrderableCatalog: product.catalogs.length > 0, archived: product.archivedAt !== null,
  };
}

/**
 * One product with ALL its SKUs (prepacks are expanded over them), its rules and the prices of the
 * SKUs the context may order, in one statement; null when the product is not the brand's or archived.
 */
export async function priceProduct(db: Db, ctx: PurchaseContext, productId: string): Promise<PricedProduct | null> {
  const product = await db.product.findFirst({ where: { id: productId, brandId: ctx.brand.id, archivedAt: null }, select: productSkusSelect(ctx) });
  return product ? pricedProduct(ctx, product) : null;
}

/** Several products of the brand the same way, archived ones included (marked, nothing priced), in one statement. */
export async function priceProducts(db: Db, ctx: PurchaseContext, productIds: string[]): Promise<Map<string, PricedProduct>> {
  if (productIds.length === 0) return new Map();
  const products = await db.product.findMany({ where: { id: { in: productIds }, brandId: ctx.brand.id }, select: productSkusSelect(ctx) });
  return new Map(products.map((p) => [p.id, pricedProduct(ctx, p)]));
}
