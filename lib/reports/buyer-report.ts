import "server-only";
// Buyers: top buyers by value, new vs returning, average order value, last order day, and the
// re-engagement list (last season's buyers who have not ordered this season).
//
// New vs returning: a buyer is new when they have no order with the brand in the report's currency
// (any catalog, link or status but cancelled) before the range's first day. The first day is the
// filters' `from`; with no `from` it is the first day of the filtered orders, so without any filter
// every buyer is new, and with only a season chosen a buyer who ordered before the season's first
// order is returning. Answered from ReportBuyerDaily's (brandId, buyerId, day) index.
//
// Re-engagement: this season is the catalog filter, the previous season is lib/reports/seasons.ts'
// rule. The list holds buyers with orders (not cancelled, in the report's currency, within the
// link, channel, country, buyer and tag filters; dates do not apply) in the previous season and no
// order in this season at all (any currency, link or status but cancelled). Their contact is the
// one of their last order with the brand (the person who placed it), the organization's phone when
// that order had none.
import { readPrisma } from "@/lib/db/replica";
import type { ReportFilters } from "./filters";
import { averageOrderValue, measures, pageBounds, STANDING_STATUSES, ZERO } from "./report-query";
import { seasonAndPrevious } from "./seasons";
import { buyerSource } from "./sources";
import type { BuyerReport, BuyerRow, Paging, ReengagementList } from "./types";

type BuyerReportRow = {
  total: number; totalOrders: number; totalUnits: number; totalValue: number; newBuyers: number;
  buyerId: string | null; name: string; country: string; orders: number; units: number; value: number; lastOrderDay: string; isNew: boolean;
};

/** Top buyers, new vs returning, average order value, last order day. */
export async function getBuyerReport(brandId: string, filters: ReportFilters, paging: Paging): Promise<BuyerReport> {
  const db = await readPrisma();
  const source = buyerSource(brandId, filters);
  const { limit, offset } = pageBounds(paging);
  const rows = await db.$queryRaw<BuyerReportRow[]>`
    WITH g AS (
      SELECT f."buyerId", sum(f.orders) AS orders, sum(f.units) AS units, sum(f.value) AS value, min(f.day) AS first, max(f.day) AS last
      FROM ${source.from} GROUP BY f."buyerId"
    ),
    s AS (SELECT COALESCE(${filters.from}::date, min(first)) AS start FROM g),
    n AS (
      SELECT g.*, NOT EXISTS (
        SELECT 1 FROM "ReportBuyerDaily" r
        WHERE r."brandId" = ${brandId} AND r."buyerId" = g."buyerId" AND r.day < s.start
          AND r.currency = ${filters.currency} AND r.status <> 'CANCELLED'
      ) AS "isNew"
      FROM g, s
    ),
    t AS (
      SELECT count(*) AS total, COALESCE(sum(orders), 0) AS orders, COALESCE(sum(units), 0) AS units, COALESCE(sum(value), 0) AS value,
             count(*) FILTER (WHERE "isNew") AS "newBuyers"
      FROM n
    ),
    page AS (
      SELECT n.*, b.name, b.country FROM n JOIN "Buyer" b ON b.id = n."buyerId"
      ORDER BY n.value DESC, b.name, b.id
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT t.total::int AS total, t.orders::int AS "totalOrders", t.units::int AS "totalUnits", t.value::float8 AS "totalValue", t."newBuyers"::int AS "newBuyers",
           page."buyerId", page.name, page.country, page.orders::int AS orders, page.units::int AS units, page.value::float8 AS value,
           to_char(page.last, 'YYYY-MM-DD') AS "lastOrderDay", page."isNew"
    FROM t LEFT JOIN page ON true
    ORDER BY page.value DESC, page.name, page."buyerId"`;
  const first = rows[0];
  const totals = first ? { orders: first.totalOrders, units: first.totalUnits, value: first.totalValue } : ZERO;
  const buyerRows: BuyerRow[] = rows
    .filter((r) => r.buyerId !== null)
    .map((r) => {
      const m = measures(r);
      return { buyerId: r.buyerId!, name: r.name, country: r.country, ...m, averageOrderValue: averageOrderValue(m), lastOrderDay: r.lastOrderDay, isNew: r.isNew };
    });
  const total = first?.total ?? 0;
  const newBuyers = first?.newBuyers ?? 0;
  return { rows: buyerRows, total, totals, averageOrderValue: averageOrderValue(totals), newBuyers, returningBuyers: total - newBuyers, source: source.kind };
}

type ReengagementQueryRow = {
  total: number; buyerId: string | null; name: string; country: string; previousOrders: number; previousValue: number; lastOrderDay: string;
  contactName: string | null; email: string | null; phone: string | null;
};

/** Buyers of the season before filters.catalogId who have not ordered in it, with their contact. */
export async function getReengagementList(brandId: string, filters: ReportFilters, paging: Paging): Promise<ReengagementList> {
  const db = await readPrisma();
  if (!filters.catalogId) return { previousCatalog: null, rows: [], total: 0 };
  const { current, previous } = await seasonAndPrevious(brandId, filters.catalogId);
  if (!current || !previous) return { previousCatalog: null, rows: [], total: 0 };
  const statuses = filters.statuses.filter((s) => s !== "CANCELLED");
  const source = buyerSource(brandId, { ...filters, catalogId: previous.id, from: null, to: null, statuses: statuses.length ? statuses : STANDING_STATUSES });
  const { limit, offset } = pageBounds(paging);
  const rows = await db.$queryRaw<ReengagementQueryRow[]>`
    WITH g AS (
      SELECT f."buyerId", sum(f.orders) AS orders, sum(f.value) AS value, max(f.day) AS last
      FROM ${source.from} GROUP BY f."buyerId"
    ),
    l AS (
      SELECT g.* FROM g
      WHERE NOT EXISTS (
        SELECT 1 FROM "ReportBuyerDaily" r
        WHERE r."brandId" = ${brandId} AND r."buyerId" = g."buyerId" AND r."catalogId" = ${current.id} AND r.status <> 'CANCELLED'
      )
    ),
    t AS (SELECT count(*) AS total FROM l),
    page AS (
      SELECT l.*, b.name, b.country, b.phone AS "buyerPhone" FROM l JOIN "Buyer" b ON b.id = l."buyerId"
      ORDER BY l.value DESC, b.name, b.id
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT t.total::int AS total, page."buyerId", page.name, page.country, page.orders::int AS "previousOrders", page.value::float8 AS "previousValue",
           to_char(page.last, 'YYYY-MM-DD') AS "lastOrderDay",
           o."contactName", o."contactEmail" AS email, COALESCE(o."contactPhone", page."buyerPhone") AS phone
    FROM t
    LEFT JOIN page ON true
    LEFT JOIN LATERAL (
      SELECT "contactName", "contactEmail", "contactPhone" FROM "Order"
      WHERE "buyerId" = page."buyerId" AND "brandId" = ${brandId}
      ORDER BY "createdAt" DESC, id DESC LIMIT 1
    ) o ON page."buyerId" IS NOT NULL
    ORDER BY page.value DESC, page.name, page."buyerId"`;
  return {
    previousCatalog: { id: previous.id, name: previous.name },
    total: rows[0]?.total ?? 0,
    rows: rows
      .filter((r) => r.buyerId !== null)
      .map((r) => ({
        buyerId: r.buyerId!, name: r.name, contactName: r.contactName, email: r.email, phone: r.phone, country: r.country,
        previousOrders: r.previousOrders, previousValue: r.previousValue, lastOrderDay: r.lastOrderDay,
      })),
  };
}
