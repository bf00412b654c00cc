import "server-only";
// Reads of the Buyer App, always scoped to the buyer organization the user acts for.
import { prisma } from "@/lib/db/client";
import type { PageParams } from "@/lib/pagination/page-params";
import { PRODUCT_RULES_SELECT, productRulesOf } from "@/lib/order-rules/product-rules-select";
import { unitPrice } from "@/lib/pricing/unit-price";
import { fileUrl } from "@/lib/storage/storage";
import type { BuyerTerms } from "./brand-access";
import { visibleCatalogsWhere } from "./catalog-visibility";

/** The brands this buyer is Connected to (Closed connections are not shown). */
export async function listConnectedBrands(buyerId: string) {
  const connections = await prisma.connection.findMany({
    where: { buyerId, status: "CONNECTED" },
    select: { currency: true, language: true, brand: { select: { id: true, name: true, slug: true, homeCountry: true } } },
    orderBy: { brand: { name: "asc" } },
  });
  return connections.map((c) => ({ ...c.brand, currency: c.currency, language: c.language }));
}

/** Catalogs of a brand this buyer may browse, with their product counts. */
export async function listBuyerCatalogs(brandId: string, buyerId: string, now = new Date()) {
  return prisma.catalog.findMany({
    where: visibleCatalogsWhere(brandId, buyerId, now),
    orderBy: [{ publicationDate: "desc" }, { createdAt: "desc" }],
    select: { id: true, name: true, season: true, status: true, publicationDate: true, orderDeadline: true, _count: { select: { products: true } } },
  });
}

/** Products per page of a Buyer App catalog: a phone shows a page without scrolling for ever. */
export const BUYER_CATALOG_PAGE_SIZE = 24;

const LIVE_PRODUCTS = { product: { archivedAt: null } } as const;

/**
 * One page of a catalog's products with their SKUs priced under the buyer's trading terms
 * (currency and discount), through the one price function, and the catalog's product count.
 * Null when the buyer may not see it.
 */
export async function getBuyerCatalog(brandId: string, buyerId: string, catalogId: string, terms: BuyerTerms, page = 1, now = new Date()) {
  const catalog = await prisma.catalog.findFirst({
    where: { id: catalogId, ...visibleCatalogsWhere(brandId, buyerId, now) },
    select: {
      id: true, name: true, season: true, status: true, orderDeadline: true, discountRate: true,
      products: {
        where: LIVE_PRODUCTS,
        orderBy: [{ position: "asc" }, { id: "asc" }],
        skip: (page - 1) * BUYER_CATALOG_PAGE_SIZE,
        take: BUYER_CATALOG_PAGE_SIZE,
        select: {
          discountRate: true, deliveryDate: true,
          product: {
            select: {
              // The order rules in the same statement as the products (no statement per product).
              ...PRODUCT_RULES_SELECT,
              productCode: true, name: true, description: true, discountRate: true,
              images: { orderBy: { position: "asc" }, take: 1, select: { file: { select: { key: true } } } },
              skus: {
                orderBy: { position: "asc" },
                select: { id: true, code: true, color: true, size: true, prices: { where: { currency: terms.currency }, select: { wholesalePrice: true, retailPrice: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!catalog) return null;
  // Counted on its own: a relation count would group the entries of every catalog first.
  const productCount = await prisma.catalogProduct.count({ where: { catalogId, ...LIVE_PRODUCTS } });
  return {
    id: catalog.id,
    name: catalog.name,
    season: catalog.season,
    status: catalog.status,
    orderDeadline: catalog.orderDeadline,
    orderingOpen: !catalog.orderDeadline || catalog.orderDeadline > now,
    currency: terms.currency,
    productCount,
    products: catalog.products.map(({ product, discountRate, deliveryDate }) => ({
      id: product.id,
      code: product.productCode,
      name: product.name,
      description: product.description,
      deliveryDate,
      imageUrl: product.images[0] ? fileUrl(product.images[0].file.key) : null,
      rules: productRulesOf(product),
      skus: product.skus.map((sku) => {
        const price = sku.prices[0];
        return {
          id: sku.id,
          code: sku.code,
          color: sku.color,
          size: sku.size,
          wholesalePrice: price?.wholesalePrice ?? null,
          retailPrice: price?.retailPrice ?? null,
          unitPrice: price
            ? unitPrice(price.wholesalePrice, { catalogProduct: discountRate, product: product.discountRate, catalog: catalog.discountRate, terms: terms.discountRate })
            : null,
        };
      }),
    })),
  };
}

export type BuyerCatalog = NonNullable<Awaited<ReturnType<typeof getBuyerCatalog>>>;

/** My orders: every order of the organization, across brands, newest first, with line counts. */
// My orders reads the primary, never a replica: a buyer who just ordered must find the order here.
export async function listBuyerOrders(buyerId: string, page: PageParams) {
  const where = { buyerId };
  const [total, orders] = await Promise.all([
    prisma.order.count({ where }),
    prisma.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true, number: true, status: true, releaseStatus: true, currency: true, total: true, createdAt: true,
        brand: { select: { name: true, orderPrefix: true, timeZone: true } },
      },
    }),
  ]);
  // Counted for this page's orders only: a relation count groups every order line first.
  const lineCounts = orders.length
    ? await prisma.orderLine.groupBy({ by: ["orderId"], where: { orderId: { in: orders.map((o) => o.id) } }, _count: { _all: true } })
    : [];
  const linesOf = new Map(lineCounts.map((c) => [c.orderId, c._count._all]));
  return { total, rows: orders.map((o) => ({ ...o, lineCount: linesOf.get(o.id) ?? 0 })) };
}
