// Products ranked by value or units: the page's products as bars, and the same products in a table
// with stock on hand, units allocated at release, sell-through and the sizes that ran out. A row
// leads to the product's colour × size breakdown with the same filters.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { ChartWithTable, type ChartTableCell } from "@/components/reports/charts/chart-with-table";
import { RankingBarChart } from "@/components/reports/charts/ranking-bar-chart";
import { cn } from "@/components/ui/cn";
import { Pagination } from "@/components/ui/pagination";
import { reportFilterQuery, type ReportFilters } from "@/lib/reports/filters";
import type { Search } from "@/lib/reports/report-context";
import type { ProductRanking, ProductSort } from "@/lib/reports/types";
import { ExportLinks } from "./export-links";
import { ReportSection } from "./report-section";
import { stockFigureCells, stockFigureColumns } from "./stock-figure-columns";

export function ProductRankingView({ ranking, filters, sort, page, pageSize, search }: { ranking: ProductRanking; filters: ReportFilters; sort: ProductSort; page: number; pageSize: number; search: Search }) {
  const t = useTranslations("reports.products");
  const locale = useLocale();
  const currency = filters.currency;
  const query = reportFilterQuery(filters).toString();
  const sortHref = (value: ProductSort) => `/admin/reports/products?${query}${value === "units" ? "&sort=units" : ""}`;
  const rows: ChartTableCell[][] = ranking.rows.map((r) => [
    `${r.productName} (${r.productCode})`, ...stockFigureCells(r, locale), r.soldOutSkus.join(", "),
  ]);
  const title = sort === "units" ? t("titleByUnits") : t("titleByValue");
  return (
    <ReportSection
      testId="products-report"
      actions={
        <>
          <nav aria-label={t("sortLabel")} className="mr-auto flex gap-1 rounded-md bg-slate-100 p-1 text-sm">
            {(["value", "units"] as const).map((value) => (
              <Link key={value} href={sortHref(value)} aria-current={sort === value ? "true" : undefined} className={cn("rounded px-3 py-1", sort === value ? "bg-white font-medium text-slate-900 shadow-xs" : "text-slate-600 hover:text-slate-900")}>
                {t(`sortBy.${value}`)}
              </Link>
            ))}
          </nav>
          <ExportLinks report="products" filters={filters} extra={sort === "units" ? { sort: "units" } : {}} name={title} />
        </>
      }
    >
      <ChartWithTable
        title={title}
        description={t("description")}
        chart={<RankingBarChart items={ranking.rows.map((r) => ({ label: r.productName, value: sort === "units" ? r.units : r.value }))} {...(sort === "units" ? { measure: "units" as const } : { measure: "value" as const, currency })} locale={locale} />}
        columns={[
          { header: t("product") },
          ...stockFigureColumns(t, currency),
          { header: t("soldOut") },
        ]}
        rows={rows}
        rowHrefs={ranking.rows.map((r) => `/admin/reports/products/${r.productId}?${query}`)}
        locale={locale}
        emptyText={t("empty")}
      />
      {ranking.total > 0 && <Pagination pathname="/admin/reports/products" search={search} page={page} pageSize={pageSize} total={ranking.total} shown={ranking.rows.length} />}
    </ReportSection>
  );
}
