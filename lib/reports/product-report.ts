import "server-only";
// Products and SKUs: what sold (orders, units, value within the filters), what is left (stock on
// hand now), what is already allocated (units of released orders, within the same filters but
// whatever statuses are counted) and the sell-through, ordered ÷ (ordered + stock on hand).
//
// A product's `orders` is the sum over its SKUs of the orders holding each SKU (the rollups count
// orders per SKU), so an order of two sizes counts twice for the product.
//
// The ranking is one statement: the page is cut from the grouped source first (ORDER BY value or
// units, then product code, LIMIT/OFFSET) and stock is read only for the page's products.
import { readPrisma } from "@/lib/db/replica";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "./filters";
import { addMeasures, countedStatus, measures, pageBounds, sellThrough, withReleased, ZERO } from "./report-query";
import { skuSource } from "./sources";
import type { Measures, Paging, ProductBreakdown, ProductRanking, ProductRow, ProductSort, SkuCell } from "./types";

/** Measures in the filters' statuses and the released units, per group of the SKU source `f`. */
function sums(filters: ReportFilters): Prisma.Sql {
  const counted = countedStatus(filters);
  return Prisma.sql`
    COALESCE(sum(f.orders) FILTER (WHERE ${counted}), 0) AS orders,
    COALESCE(sum(f.units) FILTER (WHERE ${counted}), 0) AS units,
    COALESCE(sum(f.value) FILTER (WHERE ${counted}), 0) AS value,
    COALESCE(sum(f.units) FILTER (WHERE f.status = 'RELEASED'), 0) AS allocated`;
}

type RankingRow = {
  total: number; totalOrders: number; totalUnits: number; totalValue: number;
  productId: string | null; productCode: string; productName: string;
  orders: number; units: number; value: number; allocated: number; stock: number; soldOut: string[];
};

/** Products ranked by value or units, with stock, allocation and sell-through. */
export async function getProductRanking(brandId: string, filters: ReportFilters, sort: ProductSort, paging: Paging): Promise<ProductRanking> {
  const db = await readPrisma();
  const source = skuSource(brandId, withReleased(filters));
  const { limit, offset } = pageBounds(paging);
  // Constant SQL chosen by the sort (never input text).
  const order = (alias: "g" | "page") => Prisma.raw(sort === "units" ? `${alias}.units DESC, ${alias}.value DESC` : `${alias}.value DESC, ${alias}.units DESC`);
  const rows = await db.$queryRaw<RankingRow[]>`
    WITH g AS (
      SELECT f."productId", ${sums(filters)}
      FROM ${source.from}
      GROUP BY f."productId"
      HAVING count(*) FILTER (WHERE ${countedStatus(filters)}) > 0
    ),
    t AS (SELECT count(*) AS total, COALESCE(sum(orders), 0) AS orders, COALESCE(sum(units), 0) AS units, COALESCE(sum(value), 0) AS value FROM g),
    page AS (
      SELECT g.*, p."productCode", p.name AS "productName"
      FROM g JOIN "Product" p ON p.id = g."productId" AND p."brandId" = ${brandId}
      ORDER BY ${order("g")}, p."productCode", p.id
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT t.total::int AS total, t.orders::int AS "totalOrders", t.units::int AS "totalUnits", t.value::float8 AS "totalValue",
           page."productId", page."productCode", page."productName",
           page.orders::int AS orders, page.units::int AS units, page.value::float8 AS value, page.allocated::int AS allocated,
           s.stock, s."soldOut"
    FROM t
    LEFT JOIN page ON true
    LEFT JOIN LATERAL (
      SELECT COALESCE(sum(k."stockQuantity"), 0)::int AS stock,
             COALESCE(array_agg(k.color || ' / ' || k.size ORDER BY k.position, k.id) FILTER (WHERE k."stockQuantity" <= 0), '{}') AS "soldOut"
      FROM "Sku" k WHERE k."productId" = page."productId"
    ) s ON page."productId" IS NOT NULL
    ORDER BY ${order("page")}, page."productCode", page."productId"`;
  const first = rows[0];
  const productRows: ProductRow[] = rows
    .filter((r) => r.productId !== null)
    .map((r) => ({
      productId: r.productId!,
      productCode: r.productCode,
      productName: r.productName,
      ...measures(r),
      stockOnHand: r.stock,
      allocatedUnits: r.allocated,
      sellThrough: sellThrough(r.units, r.stock),
      soldOutSkus: r.soldOut,
    }));
  return {
    rows: productRows,
    total: first?.total ?? 0,
    totals: first ? { orders: first.totalOrders, units: first.totalUnits, value: first.totalValue } : ZERO,
    source: source.kind,
  };
}

type CellRow = {
  id: string; productCode: string; name: string;
  skuId: string | null; code: string; color: string; size: string; stock: number;
  orders: number; units: number; value: number; allocated: number;
};

/** One product's colour × size grid; null when the product is not this brand's. */
export async function getProductBreakdown(brandId: string, filters: ReportFilters, productId: string): Promise<ProductBreakdown | null> {
  const db = await readPrisma();
  const source = skuSource(brandId, withReleased(filters));
  const rows = await db.$queryRaw<CellRow[]>`
    SELECT p.id, p."productCode", p.name, k.id AS "skuId", k.code, k.color, k.size, k."stockQuantity" AS stock,
           COALESCE(m.orders, 0)::int AS orders, COALESCE(m.units, 0)::int AS units, COALESCE(m.value, 0)::float8 AS value,
           COALESCE(m.allocated, 0)::int AS allocated
    FROM "Product" p
    LEFT JOIN "Sku" k ON k."productId" = p.id
    LEFT JOIN (
      SELECT f."skuId", ${sums(filters)} FROM ${source.from} WHERE f."productId" = ${productId} GROUP BY f."skuId"
    ) m ON m."skuId" = k.id
    WHERE p.id = ${productId} AND p."brandId" = ${brandId}
    ORDER BY k.position, k.id`;
  const first = rows[0];
  if (!first) return null;
  const cells: SkuCell[] = rows
    .filter((r) => r.skuId !== null)
    .map((r) => ({
      skuId: r.skuId!,
      code: r.code,
      color: r.color,
      size: r.size,
      ...measures(r),
      stockOnHand: r.stock,
      allocatedUnits: r.allocated,
      sellThrough: sellThrough(r.units, r.stock),
      soldOut: r.stock <= 0,
    }));
  return {
    product: { id: first.id, productCode: first.productCode, name: first.name },
    colors: [...new Set(cells.map((c) => c.color))],
    sizes: [...new Set(cells.map((c) => c.size))],
    cells,
    totals: cells.reduce<Measures>((sum, c) => addMeasures(sum, c), ZERO),
  };
}
