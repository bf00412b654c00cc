import "server-only";
// Which rows answer a report: a rollup table when it holds every dimension the filters name, else
// the raw order rows through the same report rules (the report_* views of the rollup migration).
// Each source has the same columns, so a report query is written once:
//   SELECT <dimensions>, sum(orders), sum(units), sum(value) FROM <source> GROUP BY <dimensions>
// A raw source has one row per order (sales, buyers) or per order line (SKUs) with orders = 1.
// Rollups answer in milliseconds at a million orders; a raw source is chosen only for filters that
// narrow it by an index (one buyer, one tag), or for combinations no rollup carries.
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "./filters";

export type ReportSource = {
  /** A FROM item aliased `f`, already limited to the brand and the filters. */
  from: Prisma.Sql;
  /** Which table answered: tests and the benchmark read it. */
  kind: "rollup" | "raw";
};

type Dimension = "day" | "catalogId" | "channel" | "linkId" | "country" | "buyerId" | "tagId";

/** The filter conditions on a source's columns (f.*): brand, currency, status, dates and what is set. */
function conditions(brandId: string, filters: ReportFilters, has: ReadonlySet<Dimension>): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`f."brandId" = ${brandId}`, Prisma.sql`f.currency = ${filters.currency}`];
  parts.push(Prisma.sql`f.status IN (${Prisma.join(filters.statuses)})`);
  if (has.has("day") && filters.from) parts.push(Prisma.sql`f.day >= ${filters.from}::date`);
  if (has.has("day") && filters.to) parts.push(Prisma.sql`f.day <= ${filters.to}::date`);
  if (filters.catalogId) parts.push(Prisma.sql`f."catalogId" = ${filters.catalogId}`);
  if (filters.channel) parts.push(Prisma.sql`f.channel = ${filters.channel}`);
  if (filters.linkId) parts.push(Prisma.sql`f."linkId" = ${filters.linkId}`);
  if (filters.country) parts.push(Prisma.sql`f.country = ${filters.country}`);
  if (filters.buyerId) parts.push(Prisma.sql`f."buyerId" = ${filters.buyerId}`);
  if (filters.tagId) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "OrderTag" ot WHERE ot."orderId" = f."orderId" AND ot."tagId" = ${filters.tagId})`);
  return Prisma.join(parts, " AND ");
}

const named = (filters: ReportFilters): Dimension[] =>
  (
    [
      ["catalogId", filters.catalogId],
      ["channel", filters.channel],
      ["linkId", filters.linkId],
      ["country", filters.country],
      ["buyerId", filters.buyerId],
      ["tagId", filters.tagId],
    ] as const
  ).flatMap(([dimension, value]) => (value ? [dimension] : []));

const fits = (filters: ReportFilters, carried: ReadonlySet<Dimension>) => named(filters).every((d) => carried.has(d));

const SALES_ROLLUP = new Set<Dimension>(["day", "catalogId", "channel", "linkId", "country"]);
const BUYER_ROLLUP = new Set<Dimension>(["day", "catalogId", "buyerId"]);
const SKU_ROLLUP = new Set<Dimension>(["day", "catalogId"]);
const RAW = new Set<Dimension>(["day", "catalogId", "channel", "linkId", "country", "buyerId", "tagId"]);

function source(table: Prisma.Sql, rawView: Prisma.Sql, brandId: string, filters: ReportFilters, carried: ReadonlySet<Dimension>): ReportSource {
  if (fits(filters, carried)) return { kind: "rollup", from: Prisma.sql`(SELECT * FROM ${table} f WHERE ${conditions(brandId, filters, carried)}) f` };
  return { kind: "raw", from: Prisma.sql`(SELECT f.*, 1 AS orders FROM ${rawView} f WHERE ${conditions(brandId, filters, RAW)}) f` };
}

/**
 * Orders by day and order attributes. Columns: day, currency, status, catalogId, channel, linkId,
 * country, region, orders, units, value (+ buyerId, orderId when raw).
 */
export function salesSource(brandId: string, filters: ReportFilters): ReportSource {
  return source(Prisma.sql`"ReportSalesDaily"`, Prisma.sql`report_order_totals`, brandId, filters, SALES_ROLLUP);
}

/** Orders by day and buyer. Columns: day, currency, status, catalogId, buyerId, orders, units, value. */
export function buyerSource(brandId: string, filters: ReportFilters): ReportSource {
  return source(Prisma.sql`"ReportBuyerDaily"`, Prisma.sql`report_order_totals`, brandId, filters, BUYER_ROLLUP);
}

/**
 * Order lines by SKU. Columns: currency, status, catalogId (the line's), skuId, productId, orders
 * (orders with the SKU), units, value (+ day when dated). Without dates the all-time rollup answers.
 */
export function skuSource(brandId: string, filters: ReportFilters): ReportSource {
  if (fits(filters, SKU_ROLLUP)) {
    const dated = Boolean(filters.from || filters.to);
    const table = dated ? Prisma.sql`"ReportSkuDaily"` : Prisma.sql`"ReportSkuTotal"`;
    return { kind: "rollup", from: Prisma.sql`(SELECT * FROM ${table} f WHERE ${conditions(brandId, filters, dated ? SKU_ROLLUP : new Set(["catalogId"]))}) f` };
  }
  // The line's own catalog is the SKU reports' catalog.
  return {
    kind: "raw",
    from: Prisma.sql`(SELECT f.day, f.currency, f.status, f."lineCatalogId" AS "catalogId", f."skuId", f."productId", 1 AS orders, f.units, f.value
      FROM report_line_facts f
      WHERE ${conditions(brandId, { ...filters, catalogId: null }, RAW)}${filters.catalogId ? Prisma.sql` AND f."lineCatalogId" = ${filters.catalogId}` : Prisma.empty}) f`,
  };
}
