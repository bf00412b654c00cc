// One rule (lib/reports/sources.ts) picks a rollup or the raw order rows for each report; both must
// give the same numbers. A tag on every one of brand A's orders forces the raw rows without
// changing what is counted, so each report is asked twice and compared (only `source` differs).
// Then brand isolation: brand Z's ids in A's filters are not found, its product has no breakdown
// for A, and A's numbers never include Z's orders on the same days.
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { getBuyerReport, getReengagementList } from "@/lib/reports/buyer-report";
import { getChannelReport, getLinkFigures } from "@/lib/reports/channel-report";
import { DEFAULT_REPORT_STATUSES, type ReportFilters } from "@/lib/reports/filters";
import { getGeographyReport } from "@/lib/reports/geography-report";
import { describeReportSubjects, searchReportBuyers, searchReportLinks } from "@/lib/reports/options";
import { getProductBreakdown, getProductRanking } from "@/lib/reports/product-report";
import { getSalesOverTime } from "@/lib/reports/sales-report";
import { createReportWorld, type ReportWorld } from "../../support/report-fixture";

let w: ReportWorld;
beforeAll(async () => {
  w = await createReportWorld();
}, 180_000);

const filters = (over: Partial<ReportFilters> = {}): ReportFilters => ({
  currency: "JPY", from: null, to: null, catalogId: null, linkId: null, channel: null, buyerId: null, country: null, tagId: null,
  statuses: DEFAULT_REPORT_STATUSES, grain: "day", compare: "none", ...over,
});

/** The filter sets compared: currencies, statuses, dates, seasons, comparisons. */
const cases = (): [string, Partial<ReportFilters>][] => [
  ["JPY", {}],
  ["USD", { currency: "USD" }],
  ["all statuses", { statuses: ["PLACED", "CONFIRMED", "RELEASED", "CANCELLED"] }],
  ["released only", { statuses: ["RELEASED"] }],
  ["February", { from: "2026-02-01", to: "2026-02-28" }],
  ["from March 1st", { from: "2026-03-01" }],
  ["AW season", { catalogId: w.catalogs.aw.id }],
  ["SS season, weeks", { catalogId: w.catalogs.ss.id, grain: "week" }],
  ["previous period", { from: "2026-02-03", to: "2026-03-10", compare: "previous-period" }],
  ["previous season", { catalogId: w.catalogs.aw.id, compare: "previous-season" }],
  ["previous season in USD, months", { currency: "USD", catalogId: w.catalogs.aw.id, compare: "previous-season", grain: "month" }],
];

const withoutSource = <T extends object>(report: T) => ({ ...report, source: undefined });
const page = { page: 1, pageSize: 50 };

describe("rollups and raw rows give the same numbers", { timeout: 120_000 }, () => {
  it("sales over time, channels, links and geography", async () => {
    for (const [name, over] of cases()) {
      const rollup = filters(over);
      const raw = filters({ ...over, tagId: w.tags.all.id });
      const [a, b] = [await getSalesOverTime(w.brandId, rollup), await getSalesOverTime(w.brandId, raw)];
      expect([a.source, b.source], name).toEqual(["rollup", "raw"]);
      expect(withoutSource(b), name).toEqual(withoutSource(a));
      expect(await getChannelReport(w.brandId, raw, page), name).toEqual(await getChannelReport(w.brandId, rollup, page));
      expect(await getGeographyReport(w.brandId, raw), name).toEqual(await getGeographyReport(w.brandId, rollup));
    }
  });

  it("products (both sorts) and each product's breakdown", async () => {
    for (const [name, over] of cases()) {
      const rollup = filters(over);
      const raw = filters({ ...over, tagId: w.tags.all.id });
      for (const sort of ["value", "units"] as const) {
        const [a, b] = [await getProductRanking(w.brandId, rollup, sort, page), await getProductRanking(w.brandId, raw, sort, page)];
        expect([a.source, b.source], name).toEqual(["rollup", "raw"]);
        expect(withoutSource(b), `${name} by ${sort}`).toEqual(withoutSource(a));
      }
      for (const product of Object.values(w.products)) {
        expect(await getProductBreakdown(w.brandId, raw, product.id), name).toEqual(await getProductBreakdown(w.brandId, rollup, product.id));
      }
    }
  });

  it("buyers, new vs returning, and the re-engagement list", async () => {
    for (const [name, over] of cases()) {
      const rollup = filters(over);
      const raw = filters({ ...over, tagId: w.tags.all.id });
      const [a, b] = [await getBuyerReport(w.brandId, rollup, page), await getBuyerReport(w.brandId, raw, page)];
      expect([a.source, b.source], name).toEqual(["rollup", "raw"]);
      expect(withoutSource(b), name).toEqual(withoutSource(a));
      expect(await getReengagementList(w.brandId, raw, page), name).toEqual(await getReengagementList(w.brandId, rollup, page));
    }
  });

  it("a buyer filter (raw rows) gives that buyer's line of the rollup's buyer report", async () => {
    const all = await getBuyerReport(w.brandId, filters(), page);
    for (const row of all.rows) {
      const one = await getSalesOverTime(w.brandId, filters({ buyerId: row.buyerId }));
      expect(one.source).toBe("raw");
      expect(one.totals).toEqual({ orders: row.orders, units: row.units, value: row.value });
      expect(one.points.at(-1)!.period).toBe(row.lastOrderDay);
    }
  });
});

describe("brands never see each other's data", { timeout: 120_000 }, () => {
  it("another brand's link, buyer, catalog or tag in the filters is not found", async () => {
    expect(await describeReportSubjects(w.brandId, filters({ linkId: w.links.instant.id, buyerId: w.buyers.g1.id, catalogId: w.catalogs.ss.id, tagId: w.tags.fair.id }))).toEqual({
      link: { id: w.links.instant.id, name: "Spring instant" },
      buyer: { id: w.buyers.g1.id, name: "Guest Shop One" },
      catalog: { id: w.catalogs.ss.id, name: "SS26" },
      tag: { id: w.tags.fair.id, name: "Fair" },
    });
    const foreign: Partial<ReportFilters>[] = [
      { linkId: w.z.link.id }, { buyerId: w.z.buyer.id }, { buyerId: w.z.offlineBuyer.id }, { catalogId: w.z.catalog.id }, { tagId: w.z.tag.id },
      { linkId: "no-such-link" }, { linkId: w.links.oldInstant.id },
    ];
    for (const over of foreign) {
      const error = await describeReportSubjects(w.brandId, filters(over)).catch((e: unknown) => e);
      expect(error, JSON.stringify(over)).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
    // A buyer is Z's through an order alone (B1 ordered from Z without a connection); not A's buyer B3.
    expect((await describeReportSubjects(w.z.brandId, filters({ buyerId: w.buyers.b1.id }))).buyer?.id).toBe(w.buyers.b1.id);
    await expect(describeReportSubjects(w.z.brandId, filters({ buyerId: w.buyers.b3.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("another brand's product has no breakdown, its link no figures, its catalog no orders", async () => {
    expect(await getProductBreakdown(w.brandId, filters(), w.z.product.id)).toBeNull();
    expect(await getProductBreakdown(w.z.brandId, filters(), w.products.shirt.id)).toBeNull();
    expect(await getLinkFigures(w.brandId, w.z.link.id)).toEqual([]);
    const zSeason = filters({ catalogId: w.z.catalog.id, compare: "previous-season" });
    const sales = await getSalesOverTime(w.brandId, zSeason);
    expect(sales).toMatchObject({ points: [], totals: { orders: 0, units: 0, value: 0 }, comparison: null });
    expect(await getReengagementList(w.brandId, zSeason, page)).toEqual({ previousCatalog: null, rows: [], total: 0 });
    expect((await getProductRanking(w.brandId, filters({ tagId: w.z.tag.id }), "value", page)).rows).toEqual([]);
    expect((await getBuyerReport(w.brandId, filters({ buyerId: w.z.buyer.id }), page)).rows).toEqual([]);
  });

  it("counts only the brand's own orders on days both brands sold, and Z's own numbers are Z's", async () => {
    const day = (await getSalesOverTime(w.brandId, filters({ from: "2026-02-02", to: "2026-02-02" }))).points;
    expect(day).toEqual([{ period: "2026-02-02", current: { orders: 1, units: 4, value: 40_000 }, comparison: null, comparisonPeriod: null }]);
    // B1's order with Z (January) does not make B1 a returning buyer of A.
    const aBuyers = await getBuyerReport(w.brandId, filters({ from: "2026-02-01" }), page);
    expect(aBuyers.rows.find((r) => r.buyerId === w.buyers.b1.id)).toMatchObject({ isNew: true, orders: 3, value: 102_000 });
    const z = await getSalesOverTime(w.z.brandId, filters());
    expect(z).toMatchObject({ from: "2026-01-20", to: "2026-02-02", totals: { orders: 2, units: 12, value: 60_000 } });
    expect((await getChannelReport(w.z.brandId, filters({ currency: "USD" }), page)).links.map((l) => [l.name, l.value])).toEqual([["Spring instant Z", 12_000]]);
    expect((await getSalesOverTime(w.z.brandId, filters({ tagId: w.tags.all.id }))).totals).toEqual({ orders: 0, units: 0, value: 0 });
  });

  it("searches find only the brand's links and buyers", async () => {
    expect((await searchReportLinks(w.brandId, "instant")).map((l) => l.name)).toEqual(["Spring instant"]);
    expect((await searchReportLinks(w.z.brandId, "instant")).map((l) => l.name)).toEqual(["Spring instant Z"]);
    const aShops = (await searchReportBuyers(w.brandId, "shop")).map((b) => b.id);
    expect(aShops.sort()).toEqual([w.buyers.b1.id, w.buyers.b2.id, w.buyers.g1.id, w.buyers.g2.id].sort());
    const zShops = (await searchReportBuyers(w.z.brandId, "shop")).map((b) => b.id);
    expect(zShops.sort()).toEqual([w.buyers.b1.id, w.z.buyer.id, w.z.offlineBuyer.id].sort());
  });
});
