// SQL statements per report call (what `npm run bench` counts for the report paths). Each report
// is a fixed number of statements whatever the data, the page or the source (rollup or raw):
//
//   getSalesOverTime             1  (range, buckets and sums in one)
//     + previous-period          2  (+ the comparison's series)
//     + previous-season          4  (+ the season and the one before, their first order days, the comparison's series)
//   getProductRanking            1  (page cut in SQL, stock for the page's products in the same statement)
//   getProductBreakdown          1
//   getBuyerReport               1  (page, totals and new/returning counts together)
//   getReengagementList          2  (the seasons, then the list with contacts); 0 without a catalog
//   getChannelReport             2  (per channel, per link)
//   getLinkFigures               1
//   getGeographyReport           1  (countries and regions as grouping sets)
//   getDashboardHeadline         2  (brand and season, then totals, buyers and the 30 days)
//   getReportFilterOptions       3  (currencies, catalogs, tags; sent together)
//   describeReportSubjects       1; 0 when the filters name nothing
//   searchReportLinks / Buyers   1 each
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma, setPrisma, TRANSACTION_OPTIONS } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { getBuyerReport, getReengagementList } from "@/lib/reports/buyer-report";
import { getChannelReport, getLinkFigures } from "@/lib/reports/channel-report";
import { getDashboardHeadline } from "@/lib/reports/dashboard-report";
import { DEFAULT_REPORT_STATUSES, type ReportFilters } from "@/lib/reports/filters";
import { getGeographyReport } from "@/lib/reports/geography-report";
import { describeReportSubjects, getReportFilterOptions, searchReportBuyers, searchReportLinks } from "@/lib/reports/options";
import { getProductBreakdown, getProductRanking } from "@/lib/reports/product-report";
import { getSalesOverTime } from "@/lib/reports/sales-report";
import { createReportWorld, type ReportWorld } from "../../support/report-fixture";

let statements = 0;
let counting: PrismaClient | undefined;
let original: PrismaClient;
let w: ReportWorld;

beforeAll(async () => {
  w = await createReportWorld();
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  // The app's client swapped for one on the same database that counts what it sends.
  original = getPrisma();
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions: TRANSACTION_OPTIONS, log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => void statements++);
  counting = client;
  setPrisma(counting);
}, 180_000);

afterAll(async () => {
  if (!counting) return;
  setPrisma(original);
  await counting.$disconnect();
});

async function counted(work: () => Promise<unknown>) {
  const before = statements;
  await work();
  return statements - before;
}

const filters = (over: Partial<ReportFilters> = {}): ReportFilters => ({
  currency: "JPY", from: null, to: null, catalogId: null, linkId: null, channel: null, buyerId: null, country: null, tagId: null,
  statuses: DEFAULT_REPORT_STATUSES, grain: "day", compare: "none", ...over,
});
const page = { page: 1, pageSize: 25 };

describe.skipIf(!process.env.DATABASE_URL)("SQL statements per report call", () => {
  it("sales over time: 1, with the previous period 2, with the previous season 4; the same from raw rows", async () => {
    const season = w.catalogs.aw.id;
    expect(await counted(() => getSalesOverTime(w.brandId, filters({ catalogId: season })))).toBe(1);
    expect(await counted(() => getSalesOverTime(w.brandId, filters({ buyerId: w.buyers.b1.id })))).toBe(1);
    expect(await counted(() => getSalesOverTime(w.brandId, filters({ compare: "previous-period" })))).toBe(2);
    expect(await counted(() => getSalesOverTime(w.brandId, filters({ catalogId: season, compare: "previous-season" })))).toBe(4);
    expect(await counted(() => getSalesOverTime(w.brandId, filters({ catalogId: season, compare: "previous-season", tagId: w.tags.all.id })))).toBe(4);
  });

  it("products: the ranking (any page, either source) and a breakdown are one statement each", async () => {
    expect(await counted(() => getProductRanking(w.brandId, filters({ catalogId: w.catalogs.ss.id }), "value", page))).toBe(1);
    expect(await counted(() => getProductRanking(w.brandId, filters({ from: "2026-02-01" }), "units", { page: 2, pageSize: 1 }))).toBe(1);
    expect(await counted(() => getProductRanking(w.brandId, filters({ channel: "CUSTOMER" }), "value", page))).toBe(1);
    expect(await counted(() => getProductBreakdown(w.brandId, filters(), w.products.shirt.id))).toBe(1);
  });

  it("buyers 1, re-engagement 2 (0 without a season), channels 2, a link 1, geography 1, dashboard 2", async () => {
    expect(await counted(() => getBuyerReport(w.brandId, filters({ from: "2026-03-01" }), page))).toBe(1);
    expect(await counted(() => getReengagementList(w.brandId, filters({ catalogId: w.catalogs.aw.id }), page))).toBe(2);
    expect(await counted(() => getReengagementList(w.brandId, filters(), page))).toBe(0);
    expect(await counted(() => getChannelReport(w.brandId, filters(), page))).toBe(2);
    expect(await counted(() => getLinkFigures(w.brandId, w.links.instant.id))).toBe(1);
    expect(await counted(() => getGeographyReport(w.brandId, filters()))).toBe(1);
    expect(await counted(() => getDashboardHeadline(w.brandId))).toBe(2);
  });

  it("filter options 3, subjects 1 (0 when none), searches 1", async () => {
    expect(await counted(() => getReportFilterOptions(w.brandId))).toBe(3);
    expect(await counted(() => describeReportSubjects(w.brandId, filters({ linkId: w.links.instant.id, buyerId: w.buyers.b1.id, catalogId: w.catalogs.ss.id, tagId: w.tags.fair.id })))).toBe(1);
    expect(await counted(() => describeReportSubjects(w.brandId, filters()))).toBe(0);
    expect(await counted(() => searchReportLinks(w.brandId, "instant"))).toBe(1);
    expect(await counted(() => searchReportBuyers(w.brandId, "shop"))).toBe(1);
  });
});
