import "server-only";
// Reads of products and SKUs for the admin, always scoped by brand.
import { prisma } from "@/lib/db/client";
import { readPrisma, type ReadPrisma } from "@/lib/db/replica";
import type { Prisma } from "@/lib/db/generated/client";
import type { PageParams } from "@/lib/pagination/page-params";

export type ProductListFilter = { q?: string; status?: "active" | "archived" | "all"; stock?: "out" | "any" };

export function productListWhere(brandId: string, filter: ProductListFilter): Prisma.ProductWhereInput {
  const q = filter.q?.trim();
  const where: Prisma.ProductWhereInput = { brandId };
  if (filter.status !== "all") where.archivedAt = filter.status === "archived" ? { not: null } : null;
  if (q) {
    // Name anywhere in it; product ID and SKU code from the start (served by their unique indexes).
    where.OR = [
      { name: { contains: q, mode: "insensitive" } },
      { productCode: { startsWith: q.toUpperCase() } },
      { productCode: { startsWith: q } },
      { skus: { some: { brandId, code: { startsWith: q.toUpperCase() } } } },
      { skus: { some: { brandId, code: { startsWith: q } } } },
    ];
  }
  if (filter.stock === "out") where.skus = { some: { stockQuantity: { lte: 0 } } };
  return where;
}

/**
 * Each product's SKU count and total stock, in one grouped read of these products' SKUs. (A
 * relation count, `_count`, makes Prisma group every SKU of every brand before the join: seconds
 * on a search at 500,000 SKUs.)
 */
export async function skuFiguresOf(productIds: string[], db: Pick<ReadPrisma, "sku"> = prisma): Promise<(productId: string) => { skuCount: number; totalStock: number }> {
  const rows = productIds.length
    ? await db.sku.groupBy({ by: ["productId"], where: { productId: { in: productIds } }, _sum: { stockQuantity: true }, _count: { _all: true } })
    : [];
  const byProduct = new Map(rows.map((s) => [s.productId, { skuCount: s._count._all, totalStock: s._sum.stockQuantity ?? 0 }]));
  return (productId) => byProduct.get(productId) ?? { skuCount: 0, totalStock: 0 };
}

/** One page of products with their SKU count, total stock and image. Read on a replica. */
export async function listProducts(brandId: string, filter: ProductListFilter, page: PageParams) {
  const db = await readPrisma();
  const where = productListWhere(brandId, filter);
  const [total, rows] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true, productCode: true, name: true, deliveryName: true, archivedAt: true, createdAt: true,
        images: { orderBy: { position: "asc" }, take: 1, select: { file: { select: { key: true } } } },
      },
    }),
  ]);
  const figuresOf = await skuFiguresOf(rows.map((r) => r.id), db);
  return { total, rows: rows.map((r) => ({ ...r, ...figuresOf(r.id) })) };
}

/** A product with SKUs, prices, images and prepacks for the edit page; null when not the brand's. */
export async function getProduct(brandId: string, id: string) {
  return prisma.product.findFirst({
    where: { id, brandId },
    include: {
      skus: { orderBy: { position: "asc" }, include: { prices: { orderBy: { currency: "asc" } } } },
      images: { orderBy: { position: "asc" }, include: { file: { select: { key: true, originalName: true, width: true, height: true } } } },
      prepacks: { orderBy: { position: "asc" }, select: { id: true, name: true, sizes: { orderBy: { position: "asc" }, select: { size: true, quantity: true } } } },
    },
  });
}

/** Recent stock changes of a product's SKUs. */
export async function listStockMovements(brandId: string, productId: string, take = 20) {
  return prisma.stockMovement.findMany({
    where: { brandId, sku: { productId } },
    orderBy: { createdAt: "desc" },
    take,
    include: { sku: { select: { code: true } } },
  });
}

/** Products to pick from (catalog "Add products", lookbook credits): search, newest first. */
export async function searchProductOptions(brandId: string, q: string, take = 20) {
  return prisma.product.findMany({
    where: productListWhere(brandId, { q, status: "active" }),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, productCode: true, name: true },
  });
}

/** The currencies the brand sells in: its default currency first, then those its SKUs are priced in. */
export async function sellingCurrencies(brandId: string, defaultCurrency: string): Promise<string[]> {
  const used = await prisma.skuPrice.findMany({ where: { sku: { brandId } }, distinct: ["currency"], select: { currency: true } });
  return [defaultCurrency, ...used.map((u) => u.currency).filter((c) => c !== defaultCurrency).sort()];
}
