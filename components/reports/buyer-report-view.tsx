// Buyers: how many ordered, how many of them were new, the average order value, then the top
// buyers as bars and in a table (a row filters the sales report by that buyer).
import { useLocale, useTranslations } from "next-intl";
import { ChartWithTable, type ChartTableCell } from "@/components/reports/charts/chart-with-table";
import { formatMeasure } from "@/components/reports/charts/format-measure";
import { RankingBarChart } from "@/components/reports/charts/ranking-bar-chart";
import { Pagination } from "@/components/ui/pagination";
import { countryName } from "@/lib/checkout/countries";
import { reportFilterQuery, type ReportFilters } from "@/lib/reports/filters";
import { formatDay } from "@/lib/reports/periods";
import type { Search } from "@/lib/reports/report-context";
import type { BuyerReport } from "@/lib/reports/types";
import { ExportLinks } from "./export-links";
import { HeadlineFigures } from "./headline-figures";
import { ReportSection } from "./report-section";

export function BuyerReportView({ report, filters, page, pageSize, search }: { report: BuyerReport; filters: ReportFilters; page: number; pageSize: number; search: Search }) {
  const t = useTranslations("reports.buyers");
  const locale = useLocale();
  const currency = filters.currency;
  const count = (n: number) => formatMeasure(n, { measure: "orders", locale });
  const rows: ChartTableCell[][] = report.rows.map((r) => [
    r.name, countryName(r.country, locale), r.orders, r.units, r.value, r.averageOrderValue, formatDay(r.lastOrderDay, locale), r.isNew ? t("new") : t("returning"),
  ]);
  const byBuyer = (buyerId: string) => `/admin/reports?${reportFilterQuery({ ...filters, buyerId })}`;
  return (
    <>
      <HeadlineFigures
        figures={[
          { key: "buyers", label: t("buyersCount"), value: count(report.total) },
          { key: "new", label: t("newBuyers"), value: count(report.newBuyers) },
          { key: "returning", label: t("returningBuyers"), value: count(report.returningBuyers) },
          { key: "aov", label: t("averageOrderValue"), value: formatMeasure(report.averageOrderValue, { measure: "value", currency, locale }) },
        ]}
      />
      <ReportSection>
        <ChartWithTable
          title={t("newVsReturning")}
          description={t("newVsReturningDescription")}
          chart={<RankingBarChart items={[{ label: t("new"), value: report.newBuyers }, { label: t("returning"), value: report.returningBuyers }]} measure="orders" locale={locale} />}
          columns={[{ header: t("kind") }, { header: t("buyersCount"), measure: "orders" }]}
          rows={report.total > 0 ? [[t("new"), report.newBuyers], [t("returning"), report.returningBuyers]] : []}
          locale={locale}
          emptyText={t("empty")}
        />
      </ReportSection>
      <ReportSection testId="buyers-report" actions={<ExportLinks report="buyers" filters={filters} name={t("topBuyers")} />}>
        <ChartWithTable
          title={t("topBuyers")}
          description={t("topBuyersDescription")}
          chart={<RankingBarChart items={report.rows.map((r) => ({ label: r.name, value: r.value }))} measure="value" currency={currency} locale={locale} />}
          columns={[
            { header: t("buyer") },
            { header: t("country") },
            { header: t("orders"), measure: "orders" },
            { header: t("units"), measure: "units" },
            { header: t("value"), measure: "value", currency },
            { header: t("averageOrderValue"), measure: "value", currency },
            { header: t("lastOrder") },
            { header: t("kind") },
          ]}
          rows={rows}
          rowHrefs={report.rows.map((r) => byBuyer(r.buyerId))}
          locale={locale}
          emptyText={t("empty")}
        />
        {report.total > 0 && <Pagination pathname="/admin/reports/buyers" search={search} page={page} pageSize={pageSize} total={report.total} shown={report.rows.length} label={t("topBuyersPages")} />}
      </ReportSection>
    </>
  );
}
