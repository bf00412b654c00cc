import "server-only";
// Every report as one table for its CSV / XLSX download: all rows (not the page on screen), up to
// EXPORT_ROW_CAP, with typed columns so each format writes a cell its own way (lib/reports/export-file).
// The same queries as the pages, with the same filters: the download says what the screen says.
import { countryName } from "@/lib/checkout/countries";
import { NotFoundError } from "@/lib/errors/app-error";
import type { Translate } from "@/lib/i18n/translator";
import { getBuyerReport, getReengagementList } from "./buyer-report";
import { getChannelReport } from "./channel-report";
import type { ReportFilters } from "./filters";
import { getGeographyReport } from "./geography-report";
import { getProductBreakdown, getProductRanking } from "./product-report";
import { getSalesOverTime } from "./sales-report";
import type { Paging, ProductSort } from "./types";

export const REPORT_EXPORTS = ["sales", "products", "product", "buyers", "reengagement", "channels", "links", "countries", "regions"] as const;
export type ReportExport = (typeof REPORT_EXPORTS)[number];

export function isReportExport(value: string): value is ReportExport {
  return (REPORT_EXPORTS as readonly string[]).includes(value);
}

/** At most this many rows in one download; the file says when there were more. */
export const EXPORT_ROW_CAP = 10_000;
const BATCH = 500;

/** text: as given; day: YYYY-MM-DD; count: a whole number; money: minor units of the table's currency; share: 0..1. */
export type ColumnKind = "text" | "day" | "count" | "money" | "share";

export const EXPORT_COLUMNS = [
  "period", "comparisonPeriod", "orders", "orderLines", "units", "value", "comparisonOrders", "comparisonUnits", "comparisonValue",
  "productCode", "productName", "skuCode", "color", "size", "stockOnHand", "allocatedUnits", "sellThrough", "soldOut", "soldOutSkus",
  "buyer", "country", "averageOrderValue", "lastOrderDay", "buyerKind", "contactName", "email", "phone", "previousOrders", "previousValue",
  "channel", "link", "linkType", "deleted", "region", "currency",
] as const;
export type ExportColumnKey = (typeof EXPORT_COLUMNS)[number];

export type ExportColumn = { key: ExportColumnKey; kind: ColumnKind };
export type ExportCell = string | number | null;
export type ExportTable = { columns: ExportColumn[]; rows: ExportCell[][]; total: number; truncated: boolean; currency: string };

const col = (key: ExportColumnKey, kind: ColumnKind = "text"): ExportColumn => ({ key, kind });
const MEASURES = [col("orders", "count"), col("units", "count"), col("value", "money")];
/** Products and SKUs count the order lines holding them (an order with two sizes of a product is two lines). */
const LINE_MEASURES = [col("orderLines", "count"), col("units", "count"), col("value", "money")];

/** Reads a paged query page after page until every row (or the cap) is in. */
async function allRows<T>(read: (paging: Paging) => Promise<{ rows: T[]; total: number }>): Promise<{ rows: T[]; total: number }> {
  const rows: T[] = [];
  let total = 0;
  for (let page = 1; rows.length < EXPORT_ROW_CAP; page++) {
    const answer = await read({ page, pageSize: BATCH });
    total = answer.total;
    rows.push(...answer.rows);
    if (answer.rows.length === 0 || rows.length >= total) break;
  }
  return { rows: rows.slice(0, EXPORT_ROW_CAP), total };
}

export type ExportRequest = {
  brandId: string;
  filters: ReportFilters;
  t: Translate;
  locale: string;
  /** The products report's order. */
  sort: ProductSort;
  /** The product of a breakdown. */
  productId: string | null;
};

/** The report's table; NotFoundError when it names a product that is not the brand's. */
export async function buildExportTable(report: ReportExport, req: ExportRequest): Promise<ExportTable> {
  const { brandId, filters, t, locale } = req;
  const currency = filters.currency;
  const table = (columns: ExportColumn[], rows: ExportCell[][], total = rows.length): ExportTable => ({
    columns: [...columns, col("currency")],
    rows: rows.map((row) => [...row, currency]),
    total,
    truncated: total > rows.length,
    currency,
  });
  const yesNo = (value: boolean) => (value ? t("reports.export.yes") : t("reports.export.no"));

  switch (report) {
    case "sales": {
      const sales = await getSalesOverTime(brandId, filters);
      const compared = sales.comparison !== null;
      const columns = [col("period", "day"), ...MEASURES, ...(compared ? [col("comparisonPeriod", "day"), col("comparisonOrders", "count"), col("comparisonUnits", "count"), col("comparisonValue", "money")] : [])];
      const rows = sales.points.map((p) => [
        p.period, p.current.orders, p.current.units, p.current.value,
        ...(compared ? [p.comparisonPeriod, p.comparison?.orders ?? null, p.comparison?.units ?? null, p.comparison?.value ?? null] : []),
      ]);
      return table(columns, rows);
    }
    case "products": {
      const { rows, total } = await allRows((paging) => getProductRanking(brandId, filters, req.sort, paging));
      const columns = [col("productCode"), col("productName"), ...LINE_MEASURES, col("stockOnHand", "count"), col("allocatedUnits", "count"), col("sellThrough", "share"), col("soldOutSkus")];
      return table(columns, rows.map((r) => [r.productCode, r.productName, r.orders, r.units, r.value, r.stockOnHand, r.allocatedUnits, r.sellThrough, r.soldOutSkus.join("; ")]), total);
    }
    case "product": {
      const breakdown = req.productId ? await getProductBreakdown(brandId, filters, req.productId) : null;
      if (!breakdown) throw new NotFoundError();
      const columns = [col("skuCode"), col("color"), col("size"), ...LINE_MEASURES, col("stockOnHand", "count"), col("allocatedUnits", "count"), col("sellThrough", "share"), col("soldOut")];
      return table(columns, breakdown.cells.map((c) => [c.code, c.color, c.size, c.orders, c.units, c.value, c.stockOnHand, c.allocatedUnits, c.sellThrough, yesNo(c.soldOut)]));
    }
    case "buyers": {
      const { rows, total } = await allRows((paging) => getBuyerReport(brandId, filters, paging));
      const columns = [col("buyer"), col("country"), ...MEASURES, col("averageOrderValue", "money"), col("lastOrderDay", "day"), col("buyerKind")];
      return table(columns, rows.map((r) => [r.name, countryName(r.country, locale), r.orders, r.units, r.value, r.averageOrderValue, r.lastOrderDay, r.isNew ? t("reports.buyers.new") : t("reports.buyers.returning")]), total);
    }
    case "reengagement": {
      const columns = [col("buyer"), col("contactName"), col("email"), col("phone"), col("country"), col("previousOrders", "count"), col("previousValue", "money"), col("lastOrderDay", "day")];
      if (!filters.catalogId) return table(columns, []);
      const { rows, total } = await allRows((paging) => getReengagementList(brandId, filters, paging));
      return table(columns, rows.map((r) => [r.name, r.contactName, r.email, r.phone, countryName(r.country, locale), r.previousOrders, r.previousValue, r.lastOrderDay]), total);
    }
    case "channels": {
      const report = await getChannelReport(brandId, filters, { page: 1, pageSize: 1 });
      return table([col("channel"), ...MEASURES], report.channels.map((c) => [t(`reports.channels.${c.channel}`), c.orders, c.units, c.value]));
    }
    case "links": {
      const { rows, total } = await allRows(async (paging) => {
        const report = await getChannelReport(brandId, filters, paging);
        return { rows: report.links, total: report.linkTotal };
      });
      const columns = [col("link"), col("linkType"), col("deleted"), ...MEASURES];
      return table(columns, rows.map((r) => [r.name, t(`reports.channels.${r.type}`), yesNo(r.deleted), r.orders, r.units, r.value]), total);
    }
    case "countries": {
      const geography = await getGeographyReport(brandId, filters);
      return table([col("country"), ...MEASURES], geography.countries.map((c) => [countryName(c.country, locale), c.orders, c.units, c.value]));
    }
    case "regions": {
      const geography = await getGeographyReport(brandId, filters);
      return table([col("country"), col("region"), ...MEASURES], geography.regions.map((r) => [countryName(r.country, locale), r.region || t("reports.geography.noRegion"), r.orders, r.units, r.value]));
    }
  }
}
