import "server-only";
// Products and SKUs as the integration API reads them, by product ID and SKU code, scoped to the
// key's brand, with prices, stock and the order rules (minimums, case pack, sale mode, prepacks).
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { PRODUCT_RULES_SELECT } from "@/lib/order-rules/product-rules-select";
import { afterCursor, decodeCursor, pageOf } from "./cursor";
import type { productResource, Resource, skuResource } from "./resources";
import type { productListQuerySchema, skuListQuerySchema } from "./schemas";
import type { z } from "zod";

const skuSelect = {
  id: true, code: true, color: true, size: true, stockQuantity: true, updatedAt: true, createdAt: true,
  prices: { orderBy: { currency: "asc" }, select: { currency: true, wholesalePrice: true, retailPrice: true } },
} satisfies Prisma.SkuSelect;

const productSelect = {
  ...PRODUCT_RULES_SELECT,
  productCode: true, name: true, description: true, deliveryName: true, archivedAt: true, createdAt: true, updatedAt: true,
  skus: { orderBy: { position: "asc" }, select: skuSelect },
} satisfies Prisma.ProductSelect;

type ProductRow = Prisma.ProductGetPayload<{ select: typeof productSelect }>;
type SkuRow = Prisma.SkuGetPayload<{ select: typeof skuSelect }>;

function skuOf(s: SkuRow) {
  return { id: s.id, code: s.code, color: s.color, size: s.size, stock: s.stockQuantity, prices: s.prices, updatedAt: s.updatedAt.toISOString() };
}

function productOf(p: ProductRow): Resource<typeof productResource> {
  return {
    id: p.id, productCode: p.productCode, name: p.name, description: p.description, deliveryName: p.deliveryName, archived: p.archivedAt !== null,
    rules: { minQuantity: p.minQuantity, maxQuantity: p.maxQuantity, minQuantityPerSku: p.minQuantityPerSku, orderMultiple: p.orderMultiple, saleMode: p.saleMode, prepacks: p.prepacks },
    skus: p.skus.map(skuOf),
    createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
  };
}

export async function listProductsForApi(brandId: string, query: z.output<typeof productListQuerySchema>) {
  const where: Prisma.ProductWhereInput = { brandId, ...afterCursor(decodeCursor(query.cursor)) };
  if (query.status === "active") where.archivedAt = null;
  if (query.status === "archived") where.archivedAt = { not: null };
  if (query.updatedSince) where.updatedAt = { gte: new Date(query.updatedSince) };
  const rows = await prisma.product.findMany({ where, select: productSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1 });
  const page = pageOf(rows, query.limit);
  return { data: page.rows.map(productOf), nextCursor: page.nextCursor };
}

export async function getProductForApi(brandId: string, productCode: string) {
  const product = await prisma.product.findUnique({ where: { brandId_productCode: { brandId, productCode } }, select: productSelect });
  if (!product) throw new NotFoundError(msg("products.errors.notFound"));
  return productOf(product);
}

const skuWithProduct = { ...skuSelect, product: { select: { productCode: true } } } satisfies Prisma.SkuSelect;

function skuResourceOf(s: Prisma.SkuGetPayload<{ select: typeof skuWithProduct }>): Resource<typeof skuResource> {
  return { ...skuOf(s), productCode: s.product.productCode };
}

export async function listSkusForApi(brandId: string, query: z.output<typeof skuListQuerySchema>) {
  const where: Prisma.SkuWhereInput = { brandId, ...afterCursor(decodeCursor(query.cursor)) };
  if (query.product) where.product = { brandId, productCode: query.product };
  if (query.updatedSince) where.updatedAt = { gte: new Date(query.updatedSince) };
  const rows = await prisma.sku.findMany({ where, select: skuWithProduct, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1 });
  const page = pageOf(rows, query.limit);
  return { data: page.rows.map(skuResourceOf), nextCursor: page.nextCursor };
}

export async function getSkuForApi(brandId: string, code: string) {
  const sku = await prisma.sku.findUnique({ where: { brandId_code: { brandId, code } }, select: skuWithProduct });
  if (!sku) throw new NotFoundError(msg("products.errors.skuNotFound"));
  return skuResourceOf(sku);
}
