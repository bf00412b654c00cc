import "server-only";
// A catalog's pages of products as every buyer of the catalog sees them before their own terms:
// products, first images, colour × size SKUs with their wholesale prices in one currency, order
// rules, and the catalog's product count. The same for every buyer of the catalog, so each app
// instance keeps them, keyed by the catalog's content version: triggers bump that version in the
// transaction of every write that changes what these pages show (the migration
// catalog_content_version), so a page kept under an older version is never served again. What
// differs per buyer (the trading-terms discount) and what can change without a product write (the
// catalog's own discount, its status and reachability) are applied or decided per request.
import type { ReadPrisma } from "@/lib/db/replica";
import { PRODUCT_RULES_SELECT, productRulesOf } from "@/lib/order-rules/product-rules-select";
import { hasOrderRules, type ProductRules } from "@/lib/order-rules/product-rules";
import { fileUrl } from "@/lib/storage/storage";

/** A discount rate as the database returns it (a Decimal), or none. */
type Rate = { toString(): string } | null;

export type ContentSku = { id: string; color: string; size: string; wholesalePrice: number | null };

export type ContentProduct = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  imageUrl: string | null;
  deliveryDate: Date | null;
  colors: string[];
  sizes: string[];
  skus: ContentSku[];
  /** The product's and its catalog entry's own discounts; the buyer's terms come per request. */
  rates: { product: Rate; catalogProduct: Rate };
  rules: ProductRules | null;
};

export type CatalogContentPage = { total: number; products: ContentProduct[] };

// Twelve products (each with its colour × size grid) keep a phone page short and its render light.
export const CATALOG_PAGE_SIZE = 12;

/** Pages kept per instance: a season's first pages in each currency, for a few hundred catalogs. */
const MAX_PAGES = 300;
const pages = new Map<string, Promise<CatalogContentPage>>();
/** The version checks of pages just read (after the answer): see whenPagesChecked. */
const checks = new Set<Promise<void>>();

/** The catalog's discount and content version, in one statement (run on every catalog page). */
export async function catalogHead(db: ReadPrisma, catalogId: string): Promise<{ discountRate: Rate; version: string } | null> {
  const rows = await db.$queryRaw<{ discountRate: Rate; version: string | null }[]>`
    SELECT c."discountRate", v."version"::text AS "version"
    FROM "Catalog" c LEFT JOIN "CatalogContentVersion" v ON v."catalogId" = c."id"
    WHERE c."id" = ${catalogId}`;
  return rows[0] ? { discountRate: rows[0].discountRate, version: rows[0].version ?? "0" } : null;
}

/**
 * One page of the catalog's live products in `currency`, as of `version` (read just before with
 * `catalogHead` on the same client). Data read after the version is at least as new as it, so a
 * kept page is never older than its key. A page is kept only if the version still reads the same
 * after the page was read: a read that fell back from a replica to the primary (or back) between
 * the two statements is served but not kept.
 */
export function catalogContentPage(db: ReadPrisma, catalogId: string, version: string, page: number, currency: string): Promise<CatalogContentPage> {
  const key = [catalogId, version, page, currency].join("\u0000");
  const kept = pages.get(key);
  if (kept) {
    // Most recently used last: the first key is the one to drop when full.
    pages.delete(key);
    pages.set(key, kept);
    return kept;
  }
  const loading = readPage(db, catalogId, page, currency);
  pages.set(key, loading);
  if (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
  const check = loading
    .then(async () => {
      if ((await catalogHead(db, catalogId))?.version !== version) pages.delete(key);
    })
    .catch(() => void pages.delete(key))
    .finally(() => checks.delete(check));
  checks.add(check);
  return loading;
}

/** Settles once the pages read so far have been checked (their last statement has run): for tests that count statements. */
export async function whenPagesChecked(): Promise<void> {
  await Promise.all([...checks]);
}

/** The catalog's products that are not archived. */
function liveProductsOf(catalogId: string) {
  return { catalogId, product: { archivedAt: null } };
}

async function readPage(db: ReadPrisma, catalogId: string, page: number, currency: string): Promise<CatalogContentPage> {
  const where = liveProductsOf(catalogId);
  const [total, rows] = await Promise.all([
    db.catalogProduct.count({ where }),
    db.catalogProduct.findMany({
      where,
      orderBy: [{ position: "asc" }, { id: "asc" }],
      skip: (page - 1) * CATALOG_PAGE_SIZE,
      take: CATALOG_PAGE_SIZE,
      select: {
        discountRate: true,
        deliveryDate: true,
        product: {
          select: {
            // The order rules in the same statement: the page's statement count does not grow with its products.
            ...PRODUCT_RULES_SELECT,
            productCode: true, name: true, description: true, discountRate: true,
            images: { orderBy: { position: "asc" }, take: 1, select: { file: { select: { key: true } } } },
            skus: { orderBy: { position: "asc" }, select: { id: true, color: true, size: true, prices: { where: { currency }, select: { wholesalePrice: true } } } },
          },
        },
      },
    }),
  ]);
  const products = rows.map(({ product, discountRate, deliveryDate }) => ({
    id: product.id,
    code: product.productCode,
    name: product.name,
    description: product.description,
    imageUrl: product.images[0] ? fileUrl(product.images[0].file.key) : null,
    deliveryDate,
    colors: [...new Set(product.skus.map((s) => s.color))],
    sizes: [...new Set(product.skus.map((s) => s.size))],
    skus: product.skus.map((s) => ({ id: s.id, color: s.color, size: s.size, wholesalePrice: s.prices[0]?.wholesalePrice ?? null })),
    rates: { product: product.discountRate, catalogProduct: discountRate },
    // None when the product has no rule: the grid then takes any quantity, as it would with them.
    rules: hasOrderRules(product) ? productRulesOf(product) : null,
  }));
  return { total, products };
}
