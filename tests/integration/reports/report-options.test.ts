// The filter bar's options and pickers, and the dashboard's headline over the last 30 days of the
// brand's own calendar.
import { beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "@/lib/checkout/calendar-day";
import { prisma } from "@/lib/db/client";
import { getDashboardHeadline } from "@/lib/reports/dashboard-report";
import { DEFAULT_REPORT_STATUSES, type ReportFilters } from "@/lib/reports/filters";
import { describeReportSubjects, getReportFilterOptions, searchReportBuyers, searchReportLinks } from "@/lib/reports/options";
import { createBrand } from "../../support/fixtures";
import { createReportWorld, insertOrder, tokyo, type ReportWorld } from "../../support/report-fixture";
import { createProductWithSkus } from "../../support/shipping-orders";

let w: ReportWorld;
beforeAll(async () => {
  w = await createReportWorld();
}, 180_000);

const filters = (over: Partial<ReportFilters> = {}): ReportFilters => ({
  currency: "JPY", from: null, to: null, catalogId: null, linkId: null, channel: null, buyerId: null, country: null, tagId: null,
  statuses: DEFAULT_REPORT_STATUSES, grain: "day", compare: "none", ...over,
});

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe("filter options", () => {
  it("offers the currencies with orders (the default first), the catalogs newest season first, and the tags by name", async () => {
    expect(await getReportFilterOptions(w.brandId)).toEqual({
      currencies: ["JPY", "USD"],
      catalogs: [
        { id: w.catalogs.future.id, name: "Future", season: "SS27" },
        { id: w.catalogs.archive.id, name: "Archive", season: null },
        { id: w.catalogs.aw.id, name: "AW26", season: "AW26" },
        { id: w.catalogs.ss.id, name: "SS26", season: "SS26" },
      ],
      tags: [{ id: w.tags.all.id, name: "All orders" }, { id: w.tags.fair.id, name: "Fair" }],
    });
    // A brand with no orders still offers its default currency.
    const empty = await createBrand({ currency: "EUR" });
    expect(await getReportFilterOptions(empty.brand.id)).toEqual({ currencies: ["EUR"], catalogs: [], tags: [] });
  });

  it("names the subjects of the filters, and nothing when none is set", async () => {
    expect(await describeReportSubjects(w.brandId, filters())).toEqual({ link: null, buyer: null, catalog: null, tag: null });
    // An offline buyer managed by the brand, connected or not.
    await prisma.connection.deleteMany({ where: { brandId: w.brandId, buyerId: w.a.offlineBuyer.id } });
    expect((await describeReportSubjects(w.brandId, filters({ buyerId: w.a.offlineBuyer.id }))).buyer?.id).toBe(w.a.offlineBuyer.id);
  });

  it("searches link and buyer names containing the text: trimmed, % and _ taken literally, at most 20", async () => {
    expect((await searchReportLinks(w.brandId, "  LINK ")).map((l) => [l.name, l.type])).toEqual([["Customer link", "CUSTOMER"]]);
    expect((await searchReportLinks(w.brandId, "")).map((l) => l.name)).toEqual(["Customer link", "Dynamic US", "Spring instant"]);
    expect(await searchReportLinks(w.brandId, "%")).toEqual([]);
    expect(await searchReportLinks(w.brandId, "_")).toEqual([]);
    expect(await searchReportLinks(w.brandId, "x".repeat(5000))).toEqual([]);
    expect((await searchReportBuyers(w.brandId, "guest shop")).map((b) => b.name)).toEqual(["Guest Shop One", "Guest Shop Two"]);
    expect(await searchReportBuyers(w.brandId, "Shop%")).toEqual([]);
    for (let i = 0; i < 25; i++) {
      await prisma.orderLink.create({ data: { brandId: w.brandId, type: "INSTANT", name: `Bulk 100% link ${String(i).padStart(2, "0")}`, token: `bulk-${w.brandId}-${i}` } });
    }
    const bulk = await searchReportLinks(w.brandId, "100%");
    expect(bulk).toHaveLength(20);
    expect(bulk[0].name).toBe("Bulk 100% link 00");
  });
});

describe("dashboard headline", () => {
  it("takes the latest published OPEN or LIMITED catalog, and the value per day of the last 30 Tokyo days, zeros included", async () => {
    const d = await createBrand({ currency: "JPY" });
    const brandId = d.brand.id;
    await prisma.brand.update({ where: { id: brandId }, data: { timeZone: "Asia/Tokyo" } });
    const catalog = (name: string, status: "OPEN" | "LIMITED" | "CLOSED", publicationDate: string | null) =>
      prisma.catalog.create({ data: { brandId, name, status, publicationDate: publicationDate ? new Date(publicationDate) : null } });
    await catalog("Old", "OPEN", "2025-01-01T00:00:00Z");
    const current = await catalog("Current", "LIMITED", "2026-10-01T00:00:00Z");
    await catalog("Closed", "CLOSED", "2026-11-01T00:00:00Z");
    await catalog("Later", "OPEN", "2099-01-01T00:00:00Z");
    const { skus } = await createProductWithSkus(prisma, brandId, { stock: [5] });
    const sku = { ...skus[0], color: "Navy", size: "S" };
    const today = todayIn("Asia/Tokyo");
    const order = (createdAt: Date, value: number, over: Partial<Parameters<typeof insertOrder>[0]> = {}) =>
      insertOrder({ brandId, buyerId: d.buyer.id, source: "STANDARD_ORDER", catalogId: current.id, currency: "JPY", createdAt, shipCountry: "JP", lines: [{ sku, quantity: 1, unitPrice: value, catalogId: current.id }], ...over });
    await order(new Date(), 5_000); // now: today in Tokyo
    await order(tokyo(addDays(today, -29), "23:50"), 3_000); // the sparkline's first day
    await order(tokyo(addDays(today, -30), "23:59"), 7_000); // a day too early for the sparkline
    await order(tokyo(addDays(today, -1), "12:00"), 9_000, { currency: "USD" }); // not the default currency
    await order(tokyo(addDays(today, -2), "12:00"), 11_000, { status: "CANCELLED" });
    await order(tokyo(addDays(today, -3), "12:00"), 13_000, { buyerId: d.offlineBuyer.id, catalogId: null }); // no catalog: sparkline only

    const r = await getDashboardHeadline(brandId);
    expect(r).toMatchObject({ season: { catalogId: current.id, name: "Current" }, currency: "JPY", totals: { orders: 3, units: 3, value: 15_000 }, buyers: 1 });
    expect(r.last30Days).toHaveLength(30);
    expect(r.last30Days[0]).toEqual({ day: addDays(today, -29), value: 3_000 });
    expect(r.last30Days[29]).toEqual({ day: today, value: 5_000 });
    expect(r.last30Days[26]).toEqual({ day: addDays(today, -3), value: 13_000 });
    expect(r.last30Days.reduce((sum, p) => sum + p.value, 0)).toBe(21_000);

    // No published open season: no season figures, the sparkline still.
    const e = await createBrand({ currency: "USD" });
    const none = await getDashboardHeadline(e.brand.id);
    expect(none).toMatchObject({ season: null, currency: "USD", totals: { orders: 0, units: 0, value: 0 }, buyers: 0 });
    expect(none.last30Days).toHaveLength(30);
  });
});
