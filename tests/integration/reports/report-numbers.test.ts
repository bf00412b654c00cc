// Every report's numbers against the hand-computed world of tests/support/report-fixture.ts (its
// header lists the orders). The expectations are worked out by hand from that table, never by
// the reports' own SQL: Tokyo days (23:30 and 00:30 orders on either side of midnight), cancelled
// and rejected orders left out unless CANCELLED is asked for, released and partially shipped
// orders as allocated units, every channel, a deleted link, two seasons and two currencies.
import { beforeAll, describe, expect, it } from "vitest";
import { getBuyerReport, getReengagementList } from "@/lib/reports/buyer-report";
import { getChannelReport, getLinkFigures } from "@/lib/reports/channel-report";
import { getDashboardHeadline } from "@/lib/reports/dashboard-report";
import { DEFAULT_REPORT_STATUSES, type ReportFilters } from "@/lib/reports/filters";
import { getGeographyReport } from "@/lib/reports/geography-report";
import { getProductBreakdown, getProductRanking } from "@/lib/reports/product-report";
import { getSalesOverTime } from "@/lib/reports/sales-report";
import type { Measures, SalesPoint } from "@/lib/reports/types";
import { todayIn } from "@/lib/checkout/calendar-day";
import { createReportWorld, type ReportWorld } from "../../support/report-fixture";

let w: ReportWorld;
beforeAll(async () => {
  w = await createReportWorld();
}, 180_000);

const filters = (over: Partial<ReportFilters> = {}): ReportFilters => ({
  currency: "JPY", from: null, to: null, catalogId: null, linkId: null, channel: null, buyerId: null, country: null, tagId: null,
  statuses: DEFAULT_REPORT_STATUSES, grain: "day", compare: "none", ...over,
});
const ALL_STATUSES: ReportFilters["statuses"] = ["PLACED", "CONFIRMED", "RELEASED", "CANCELLED"];
const m = (orders: number, units: number, value: number): Measures => ({ orders, units, value });
const ZERO = m(0, 0, 0);

/** Each day from..to (inclusive). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
/** Points of a day series from..to: the listed days' measures, zeros elsewhere. */
const daySeries = (from: string, to: string, nonZero: Record<string, Measures>) => days(from, to).map((period) => ({ period, current: nonZero[period] ?? ZERO }));
const current = (points: SalesPoint[]) => points.map((p) => ({ period: p.period, current: p.current }));

describe("sales over time", () => {
  it("buckets orders by their Tokyo day: 23:30 and 00:30 on the same UTC day fall on two days; cancelled and rejected orders left out", async () => {
    const r = await getSalesOverTime(w.brandId, filters());
    expect(r).toMatchObject({ grain: "day", from: "2026-02-02", to: "2026-03-20", source: "rollup", comparison: null, comparisonTotals: null });
    expect(current(r.points)).toEqual(daySeries("2026-02-02", "2026-03-20", {
      "2026-02-02": m(1, 4, 40_000), // R1 23:30 Tokyo
      "2026-02-03": m(1, 14, 32_000), // R4 00:30 Tokyo, the same UTC day as R1
      "2026-02-10": m(1, 3, 30_000),
      "2026-02-20": m(1, 1, 10_000),
      "2026-03-05": m(1, 2, 60_000),
      "2026-03-20": m(1, 1, 30_000),
    }));
    expect(r.points).toHaveLength(47);
    expect(r.totals).toEqual(m(6, 25, 202_000));
  });

  it("includes cancelled and rejected orders when CANCELLED is asked for, and only them when it alone is", async () => {
    const all = await getSalesOverTime(w.brandId, filters({ statuses: ALL_STATUSES }));
    expect(all.totals).toEqual(m(9, 28, 232_000));
    const byDay = Object.fromEntries(all.points.map((p) => [p.period, p.current]));
    expect([byDay["2026-02-11"], byDay["2026-02-12"], byDay["2026-02-25"]]).toEqual([m(1, 1, 10_000), m(1, 1, 10_000), m(1, 1, 10_000)]);
    const cancelled = await getSalesOverTime(w.brandId, filters({ statuses: ["CANCELLED"] }));
    expect(cancelled).toMatchObject({ from: "2026-02-11", to: "2026-02-25", totals: m(3, 3, 30_000) });
    expect(cancelled.points).toHaveLength(15);
  });

  it("in USD: a 00:30 Tokyo order is on its Tokyo day, the day before in UTC; never summed with JPY", async () => {
    const r = await getSalesOverTime(w.brandId, filters({ currency: "USD" }));
    expect(current(r.points)).toEqual(daySeries("2026-02-15", "2026-03-05", { "2026-02-15": m(1, 2, 14_000), "2026-03-05": m(1, 2, 40_000) }));
    expect(r.totals).toEqual(m(2, 4, 54_000));
  });

  it("weeks start on Monday and months on the 1st, empty buckets included", async () => {
    const weeks = await getSalesOverTime(w.brandId, filters({ grain: "week" }));
    expect(weeks).toMatchObject({ grain: "week", from: "2026-02-02", to: "2026-03-20" });
    expect(current(weeks.points)).toEqual([
      { period: "2026-02-02", current: m(2, 18, 72_000) },
      { period: "2026-02-09", current: m(1, 3, 30_000) },
      { period: "2026-02-16", current: m(1, 1, 10_000) },
      { period: "2026-02-23", current: ZERO },
      { period: "2026-03-02", current: m(1, 2, 60_000) },
      { period: "2026-03-09", current: ZERO },
      { period: "2026-03-16", current: m(1, 1, 30_000) },
    ]);
    const months = await getSalesOverTime(w.brandId, filters({ grain: "month" }));
    expect(current(months.points)).toEqual([{ period: "2026-02-01", current: m(4, 22, 112_000) }, { period: "2026-03-01", current: m(2, 3, 90_000) }]);
  });

  it("fills a given range with zeros, and coarsens a day grain over more than 400 days to weeks", async () => {
    const r = await getSalesOverTime(w.brandId, filters({ from: "2026-03-18", to: "2026-03-24" }));
    expect(current(r.points)).toEqual(daySeries("2026-03-18", "2026-03-24", { "2026-03-20": m(1, 1, 30_000) }));
    const long = await getSalesOverTime(w.brandId, filters({ from: "2025-01-01", to: "2026-12-31" }));
    expect(long).toMatchObject({ grain: "week", from: "2025-01-01", to: "2026-12-31", totals: m(6, 25, 202_000) });
    expect(long.points[0].period).toBe("2024-12-30");
    expect(long.points).toHaveLength(105);
  });

  it("compares with the previous period: as many days just before, bucket by bucket", async () => {
    const r = await getSalesOverTime(w.brandId, filters({ from: "2026-02-03", to: "2026-02-10", compare: "previous-period" }));
    expect(r.comparison).toEqual({ kind: "previous-period", from: "2026-01-26", to: "2026-02-02" });
    expect(r.totals).toEqual(m(2, 17, 62_000));
    expect(r.comparisonTotals).toEqual(m(1, 4, 40_000));
    expect(r.points).toHaveLength(8);
    expect(r.points[0]).toEqual({ period: "2026-02-03", current: m(1, 14, 32_000), comparison: ZERO, comparisonPeriod: "2026-01-26" });
    expect(r.points[7]).toEqual({ period: "2026-02-10", current: m(1, 3, 30_000), comparison: m(1, 4, 40_000), comparisonPeriod: "2026-02-02" });

    const weeks = await getSalesOverTime(w.brandId, filters({ from: "2026-03-02", to: "2026-03-22", grain: "week", compare: "previous-period" }));
    expect(weeks.comparison).toEqual({ kind: "previous-period", from: "2026-02-09", to: "2026-03-01" });
    expect(weeks.points).toEqual([
      { period: "2026-03-02", current: m(1, 2, 60_000), comparison: m(1, 3, 30_000), comparisonPeriod: "2026-02-09" },
      { period: "2026-03-09", current: ZERO, comparison: m(1, 1, 10_000), comparisonPeriod: "2026-02-16" },
      { period: "2026-03-16", current: m(1, 1, 30_000), comparison: ZERO, comparisonPeriod: "2026-02-23" },
    ]);
    expect(weeks.comparisonTotals).toEqual(m(2, 4, 40_000));
  });

  it("compares a season with the one before, both counted from their first order day", async () => {
    const r = await getSalesOverTime(w.brandId, filters({ catalogId: w.catalogs.aw.id, compare: "previous-season" }));
    expect(r).toMatchObject({ from: "2026-03-05", to: "2026-03-20", totals: m(2, 3, 90_000) });
    expect(r.comparison).toEqual({ kind: "previous-season", catalogId: w.catalogs.ss.id, catalogName: "SS26", from: "2026-02-02", to: "2026-02-17" });
    expect(r.comparisonTotals).toEqual(m(3, 21, 102_000));
    expect(r.points).toHaveLength(16);
    expect(r.points[0]).toEqual({ period: "2026-03-05", current: m(1, 2, 60_000), comparison: m(1, 4, 40_000), comparisonPeriod: "2026-02-02" });
    expect(r.points[1]).toEqual({ period: "2026-03-06", current: ZERO, comparison: m(1, 14, 32_000), comparisonPeriod: "2026-02-03" });
    expect(r.points[8]).toEqual({ period: "2026-03-13", current: ZERO, comparison: m(1, 3, 30_000), comparisonPeriod: "2026-02-10" });
    expect(r.points[15]).toEqual({ period: "2026-03-20", current: m(1, 1, 30_000), comparison: ZERO, comparisonPeriod: "2026-02-17" });

    // Five days into the season, against five days into the previous one.
    const later = await getSalesOverTime(w.brandId, filters({ catalogId: w.catalogs.aw.id, from: "2026-03-10", to: "2026-03-20", compare: "previous-season" }));
    expect(later.comparison).toMatchObject({ from: "2026-02-07", to: "2026-02-17" });
    expect(later.points[3]).toMatchObject({ period: "2026-03-13", comparison: m(1, 3, 30_000), comparisonPeriod: "2026-02-10" });
    expect(later.totals).toEqual(m(1, 1, 30_000));
    expect(later.comparisonTotals).toEqual(m(1, 3, 30_000));

    const usd = await getSalesOverTime(w.brandId, filters({ currency: "USD", catalogId: w.catalogs.aw.id, compare: "previous-season" }));
    expect(usd.points).toEqual([{ period: "2026-03-05", current: m(1, 2, 40_000), comparison: m(1, 2, 14_000), comparisonPeriod: "2026-02-15" }]);
  });

  it("has no season comparison for the first season or without a catalog", async () => {
    for (const f of [filters({ catalogId: w.catalogs.ss.id, compare: "previous-season" }), filters({ compare: "previous-season" })]) {
      const r = await getSalesOverTime(w.brandId, f);
      expect(r.comparison).toBeNull();
      expect(r.comparisonTotals).toBeNull();
      expect(r.points.every((p) => p.comparison === null && p.comparisonPeriod === null)).toBe(true);
    }
  });

  it("filters by buyer (raw rows), channel, link, country and tag", async () => {
    const buyer = await getSalesOverTime(w.brandId, filters({ buyerId: w.buyers.b1.id }));
    expect(buyer).toMatchObject({ source: "raw", from: "2026-02-03", to: "2026-03-05", totals: m(3, 17, 102_000) });
    expect(current(buyer.points)).toEqual(daySeries("2026-02-03", "2026-03-05", { "2026-02-03": m(1, 14, 32_000), "2026-02-20": m(1, 1, 10_000), "2026-03-05": m(1, 2, 60_000) }));
    expect((await getSalesOverTime(w.brandId, filters({ channel: "STANDARD_ORDER" }))).totals).toEqual(m(2, 15, 62_000));
    expect((await getSalesOverTime(w.brandId, filters({ linkId: w.links.customer.id }))).totals).toEqual(m(2, 5, 90_000));
    expect((await getSalesOverTime(w.brandId, filters({ currency: "USD", country: "FR" }))).totals).toEqual(m(1, 2, 14_000));
    const fair = await getSalesOverTime(w.brandId, filters({ tagId: w.tags.fair.id }));
    expect(fair).toMatchObject({ source: "raw", totals: m(2, 7, 70_000) });
    expect((await getSalesOverTime(w.brandId, filters({ catalogId: w.catalogs.ss.id }))).totals).toEqual(m(4, 22, 112_000));
  });
});

describe("products and SKUs", () => {
  const shirtRow = () => ({
    productId: w.products.shirt.id, productCode: w.products.shirt.productCode, productName: "Linen Shirt",
    orders: 5, units: 10, value: 100_000, stockOnHand: 18, allocatedUnits: 5, sellThrough: 10 / 28, soldOutSkus: ["Navy / M"],
  });
  const coatRow = () => ({
    productId: w.products.coat.id, productCode: w.products.coat.productCode, productName: "Wool Coat",
    orders: 3, units: 3, value: 90_000, stockOnHand: 4, allocatedUnits: 0, sellThrough: 3 / 7, soldOutSkus: ["Grey / L"],
  });
  const socksRow = () => ({
    productId: w.products.socks.id, productCode: w.products.socks.productCode, productName: "Socks",
    orders: 1, units: 12, value: 12_000, stockOnHand: 20, allocatedUnits: 12, sellThrough: 12 / 32, soldOutSkus: [],
  });

  it("ranks by value or by units, with stock on hand, units allocated at release, sell-through and sold-out sizes", async () => {
    const byValue = await getProductRanking(w.brandId, filters(), "value", { page: 1, pageSize: 10 });
    expect(byValue).toEqual({ rows: [shirtRow(), coatRow(), socksRow()], total: 3, totals: m(9, 25, 202_000), source: "rollup" });
    const byUnits = await getProductRanking(w.brandId, filters(), "units", { page: 1, pageSize: 10 });
    expect(byUnits.rows.map((r) => r.productName)).toEqual(["Socks", "Linen Shirt", "Wool Coat"]);
    const page2 = await getProductRanking(w.brandId, filters(), "value", { page: 2, pageSize: 2 });
    expect(page2).toEqual({ rows: [socksRow()], total: 3, totals: m(9, 25, 202_000), source: "rollup" });
  });

  it("reads the season, the dates, the statuses and the currency", async () => {
    const aw = await getProductRanking(w.brandId, filters({ catalogId: w.catalogs.aw.id }), "value", { page: 1, pageSize: 10 });
    expect(aw).toEqual({ rows: [coatRow()], total: 1, totals: m(3, 3, 90_000), source: "rollup" });
    const feb = await getProductRanking(w.brandId, filters({ from: "2026-02-01", to: "2026-02-28" }), "value", { page: 1, pageSize: 10 });
    expect(feb).toEqual({ rows: [shirtRow(), socksRow()], total: 2, totals: m(6, 22, 112_000), source: "rollup" });
    // Cancelled lines only; allocation still counts the released ones.
    const cancelled = await getProductRanking(w.brandId, filters({ statuses: ["CANCELLED"] }), "value", { page: 1, pageSize: 10 });
    expect(cancelled.rows).toEqual([{ ...shirtRow(), orders: 3, units: 3, value: 30_000, sellThrough: 3 / 21 }]);
    const usd = await getProductRanking(w.brandId, filters({ currency: "USD" }), "value", { page: 1, pageSize: 10 });
    expect(usd.rows.map((r) => [r.productName, r.orders, r.units, r.value, r.allocatedUnits])).toEqual([["Wool Coat", 1, 2, 40_000, 0], ["Linen Shirt", 1, 2, 14_000, 0]]);
    const customer = await getProductRanking(w.brandId, filters({ channel: "CUSTOMER" }), "value", { page: 1, pageSize: 10 });
    expect(customer.source).toBe("raw");
    expect(customer.rows.map((r) => [r.productName, r.orders, r.units, r.value, r.allocatedUnits])).toEqual([["Wool Coat", 2, 2, 60_000, 0], ["Linen Shirt", 1, 3, 30_000, 3]]);
  });

  it("breaks a product down by colour and size, every SKU in position order", async () => {
    const r = await getProductBreakdown(w.brandId, filters(), w.products.shirt.id);
    const [navyS, navyM, ecruS, ecruM] = w.products.shirt.skus;
    expect(r).toEqual({
      product: { id: w.products.shirt.id, productCode: w.products.shirt.productCode, name: "Linen Shirt" },
      colors: ["Navy", "Ecru"],
      sizes: ["S", "M"],
      cells: [
        { skuId: navyS.id, code: navyS.code, color: "Navy", size: "S", ...m(2, 5, 50_000), stockOnHand: 10, allocatedUnits: 3, sellThrough: 5 / 15, soldOut: false },
        { skuId: navyM.id, code: navyM.code, color: "Navy", size: "M", ...m(1, 1, 10_000), stockOnHand: 0, allocatedUnits: 0, sellThrough: 1, soldOut: true },
        { skuId: ecruS.id, code: ecruS.code, color: "Ecru", size: "S", ...m(1, 2, 20_000), stockOnHand: 5, allocatedUnits: 0, sellThrough: 2 / 7, soldOut: false },
        { skuId: ecruM.id, code: ecruM.code, color: "Ecru", size: "M", ...m(1, 2, 20_000), stockOnHand: 3, allocatedUnits: 2, sellThrough: 2 / 5, soldOut: false },
      ],
      totals: m(5, 10, 100_000),
    });
    const withCancelled = await getProductBreakdown(w.brandId, filters({ statuses: ALL_STATUSES }), w.products.shirt.id);
    expect(withCancelled!.cells.map((c) => [c.orders, c.units, c.value])).toEqual([[3, 6, 60_000], [2, 2, 20_000], [2, 3, 30_000], [1, 2, 20_000]]);
    // A product not ordered within the filters: every SKU, zeros, sell-through null without stock.
    const coat = await getProductBreakdown(w.brandId, filters({ catalogId: w.catalogs.ss.id }), w.products.coat.id);
    expect(coat!.cells.map((c) => [c.size, c.units, c.stockOnHand, c.sellThrough, c.soldOut])).toEqual([["M", 0, 4, 0, false], ["L", 0, 0, null, true]]);
    expect(coat!.totals).toEqual(ZERO);
  });
});

describe("buyers", () => {
  it("ranks buyers by value with average order value and last order day; without a start every buyer is new", async () => {
    const r = await getBuyerReport(w.brandId, filters(), { page: 1, pageSize: 10 });
    expect(r.rows.map((b) => [b.buyerId, b.orders, b.units, b.value, b.averageOrderValue, b.lastOrderDay, b.isNew, b.country])).toEqual([
      [w.buyers.b1.id, 3, 17, 102_000, 34_000, "2026-03-05", true, "JP"],
      [w.buyers.g1.id, 1, 4, 40_000, 40_000, "2026-02-02", true, "JP"],
      [w.buyers.b3.id, 1, 1, 30_000, 30_000, "2026-03-20", true, "JP"], // "Kyoto Select" before "Offline shop …" at equal value
      [w.buyers.b2.id, 1, 3, 30_000, 30_000, "2026-02-10", true, "JP"],
    ]);
    expect(r.rows[1].name).toBe("Guest Shop One");
    expect(r).toMatchObject({ total: 4, totals: m(6, 25, 202_000), averageOrderValue: 33_667, newBuyers: 4, returningBuyers: 0, source: "rollup" });
    const page2 = await getBuyerReport(w.brandId, filters(), { page: 2, pageSize: 1 });
    expect(page2.rows.map((b) => b.buyerId)).toEqual([w.buyers.g1.id]);
    expect(page2).toMatchObject({ total: 4, newBuyers: 4, returningBuyers: 0 });
  });

  it("new vs returning: an order before the first day makes a buyer returning; a cancelled one does not", async () => {
    const march = await getBuyerReport(w.brandId, filters({ from: "2026-03-01" }), { page: 1, pageSize: 10 });
    expect(march.rows.map((b) => [b.buyerId, b.orders, b.value, b.isNew])).toEqual([[w.buyers.b1.id, 1, 60_000, false], [w.buyers.b3.id, 1, 30_000, true]]);
    expect(march).toMatchObject({ total: 2, newBuyers: 1, returningBuyers: 1, averageOrderValue: 45_000 });
    // R4 was placed at 00:30 on the 3rd in Tokyo (the 2nd in UTC): B1 is new from the 3rd.
    const third = await getBuyerReport(w.brandId, filters({ from: "2026-02-03" }), { page: 1, pageSize: 10 });
    expect(third.rows.map((b) => [b.buyerId, b.isNew])).toEqual([[w.buyers.b1.id, true], [w.buyers.b3.id, true], [w.buyers.b2.id, true]]);
    // A season without a start: returning when ordered before the season's first order day.
    const aw = await getBuyerReport(w.brandId, filters({ catalogId: w.catalogs.aw.id }), { page: 1, pageSize: 10 });
    expect(aw.rows.map((b) => [b.buyerId, b.isNew])).toEqual([[w.buyers.b1.id, false], [w.buyers.b3.id, true]]);
    const usd = await getBuyerReport(w.brandId, filters({ currency: "USD", from: "2026-03-01" }), { page: 1, pageSize: 10 });
    expect(usd.rows.map((b) => [b.buyerId, b.value, b.isNew, b.country])).toEqual([[w.buyers.g2.id, 40_000, true, "US"]]);
  });

  it("lists last season's buyers who have not ordered this season, with the contact of their last order", async () => {
    const r = await getReengagementList(w.brandId, filters({ catalogId: w.catalogs.aw.id }), { page: 1, pageSize: 10 });
    expect(r.previousCatalog).toEqual({ id: w.catalogs.ss.id, name: "SS26" });
    expect(r.total).toBe(2);
    expect(r.rows).toEqual([
      { buyerId: w.buyers.g1.id, name: "Guest Shop One", contactName: "Hanako Guest", email: "hanako@guest.example", phone: "+81 3 9999 0000", country: "JP", previousOrders: 1, previousValue: 40_000, lastOrderDay: "2026-02-02" },
      { buyerId: w.buyers.b2.id, name: expect.stringMatching(/^Offline shop /), contactName: "Jiro Offline", email: "jiro@offline.example", phone: "+81 6 1111 2222", country: "JP", previousOrders: 1, previousValue: 30_000, lastOrderDay: "2026-02-10" },
    ]);
    const usd = await getReengagementList(w.brandId, filters({ currency: "USD", catalogId: w.catalogs.aw.id }), { page: 1, pageSize: 10 });
    expect(usd.rows).toEqual([{ buyerId: w.buyers.b4.id, name: "Paris Boutique", contactName: "Marie Paris", email: "marie@paris.example", phone: null, country: "FR", previousOrders: 1, previousValue: 14_000, lastOrderDay: "2026-02-15" }]);
    const page2 = await getReengagementList(w.brandId, filters({ catalogId: w.catalogs.aw.id }), { page: 2, pageSize: 1 });
    expect(page2.rows.map((b) => b.buyerId)).toEqual([w.buyers.b2.id]);
    expect(page2.total).toBe(2);
    // The first season has none before it; without a season there is no list.
    expect(await getReengagementList(w.brandId, filters({ catalogId: w.catalogs.ss.id }), { page: 1, pageSize: 10 })).toEqual({ previousCatalog: null, rows: [], total: 0 });
    expect(await getReengagementList(w.brandId, filters(), { page: 1, pageSize: 10 })).toEqual({ previousCatalog: null, rows: [], total: 0 });
    // The closed Archive catalog (published in June) follows AW: AW's buyers have not ordered in it.
    const archive = await getReengagementList(w.brandId, filters({ catalogId: w.catalogs.archive.id }), { page: 1, pageSize: 10 });
    expect(archive.previousCatalog).toEqual({ id: w.catalogs.aw.id, name: "AW26" });
    expect(archive.rows.map((b) => [b.buyerId, b.previousValue])).toEqual([[w.buyers.b1.id, 60_000], [w.buyers.b3.id, 30_000]]);
  });
});

describe("channels and links", () => {
  it("shows all four channels, zeros included, and each link with a deleted link's orders under its channel", async () => {
    const r = await getChannelReport(w.brandId, filters(), { page: 1, pageSize: 10 });
    expect(r.channels).toEqual([
      { channel: "INSTANT", ...m(2, 5, 50_000) },
      { channel: "DYNAMIC_BRAND", ...ZERO },
      { channel: "CUSTOMER", ...m(2, 5, 90_000) },
      { channel: "STANDARD_ORDER", ...m(2, 15, 62_000) },
    ]);
    expect(r.links).toEqual([
      { linkId: w.links.customer.id, name: "Customer link", type: "CUSTOMER", deleted: false, ...m(2, 5, 90_000) },
      { linkId: w.links.instant.id, name: "Spring instant", type: "INSTANT", deleted: false, ...m(1, 4, 40_000) },
      { linkId: "", name: "", type: "INSTANT", deleted: true, ...m(1, 1, 10_000) },
    ]);
    expect(r.linkTotal).toBe(3);
    const page2 = await getChannelReport(w.brandId, filters(), { page: 2, pageSize: 1 });
    expect(page2.links.map((l) => l.name)).toEqual(["Spring instant"]);
    expect(page2.linkTotal).toBe(3);
    const usd = await getChannelReport(w.brandId, filters({ currency: "USD" }), { page: 1, pageSize: 10 });
    expect(usd.channels.map((c) => [c.channel, c.orders, c.value])).toEqual([["INSTANT", 0, 0], ["DYNAMIC_BRAND", 2, 54_000], ["CUSTOMER", 0, 0], ["STANDARD_ORDER", 0, 0]]);
    expect(usd.links).toEqual([{ linkId: w.links.dynamic.id, name: "Dynamic US", type: "DYNAMIC_BRAND", deleted: false, ...m(2, 4, 54_000) }]);
  });

  it("gives a link's own figures per currency, cancelled orders left out", async () => {
    expect(await getLinkFigures(w.brandId, w.links.instant.id)).toEqual([{ currency: "JPY", ...m(1, 4, 40_000) }]);
    expect(await getLinkFigures(w.brandId, w.links.dynamic.id)).toEqual([{ currency: "USD", ...m(2, 4, 54_000) }]);
    expect(await getLinkFigures(w.brandId, w.links.customer.id)).toEqual([{ currency: "JPY", ...m(2, 5, 90_000) }]);
    expect(await getLinkFigures(w.brandId, "")).toEqual([]);
  });
});

describe("geography", () => {
  it("sums by country and by prefecture / state, an address without one under ''", async () => {
    expect(await getGeographyReport(w.brandId, filters())).toEqual({
      countries: [{ country: "JP", ...m(6, 25, 202_000) }],
      regions: [
        { country: "JP", region: "Osaka", ...m(2, 16, 92_000) },
        { country: "JP", region: "Tokyo", ...m(2, 7, 70_000) },
        { country: "JP", region: "Kyoto", ...m(1, 1, 30_000) },
        { country: "JP", region: "", ...m(1, 1, 10_000) },
      ],
    });
    expect(await getGeographyReport(w.brandId, filters({ currency: "USD" }))).toEqual({
      countries: [{ country: "US", ...m(1, 2, 40_000) }, { country: "FR", ...m(1, 2, 14_000) }],
      regions: [{ country: "US", region: "NY", ...m(1, 2, 40_000) }, { country: "FR", region: "", ...m(1, 2, 14_000) }],
    });
  });
});

describe("dashboard headline", () => {
  it("is the latest published open season's figures in the default currency; the sparkline covers the last 30 Tokyo days", async () => {
    const r = await getDashboardHeadline(w.brandId);
    expect(r).toMatchObject({ season: { catalogId: w.catalogs.aw.id, name: "AW26" }, currency: "JPY", totals: m(2, 3, 90_000), buyers: 2 });
    expect(r.last30Days).toHaveLength(30);
    expect(r.last30Days.at(-1)!.day).toBe(todayIn("Asia/Tokyo"));
    expect(r.last30Days.every((d) => d.value === 0)).toBe(true);
  });
});
