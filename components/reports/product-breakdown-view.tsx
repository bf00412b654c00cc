// One product's colour × size grid (units ordered, stock left, sizes that ran out), then its SKUs
// ranked by units with the same numbers as a table.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { ChartWithTable } from "@/components/reports/charts/chart-with-table";
import { formatMeasure } from "@/components/reports/charts/format-measure";
import { RankingBarChart } from "@/components/reports/charts/ranking-bar-chart";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { reportFilterQuery, type ReportFilters } from "@/lib/reports/filters";
import type { ProductBreakdown } from "@/lib/reports/types";
import { ExportLinks } from "./export-links";
import { HeadlineFigures } from "./headline-figures";
import { ReportSection } from "./report-section";
import { stockFigureCells, stockFigureColumns } from "./stock-figure-columns";

export function ProductBreakdownView({ breakdown, filters }: { breakdown: ProductBreakdown; filters: ReportFilters }) {
  const t = useTranslations("reports.products");
  const locale = useLocale();
  const currency = filters.currency;
  const count = (n: number) => formatMeasure(n, { measure: "units", locale });
  const cell = (color: string, size: string) => breakdown.cells.find((c) => c.color === color && c.size === size);
  const skus = [...breakdown.cells].sort((a, b) => b.units - a.units || b.value - a.value);
  const { product } = breakdown;
  return (
    <>
      <div className="mb-4">
        <Link href={`/admin/reports/products?${reportFilterQuery(filters)}`} className="text-sm text-brand-700 hover:underline">{t("backToProducts")}</Link>
        <h2 className="mt-2 text-lg font-semibold text-slate-900 wrap-anywhere">{t("breakdownTitle", { name: product.name, code: product.productCode })}</h2>
      </div>
      <HeadlineFigures
        figures={[
          { key: "value", label: t("value"), value: formatMeasure(breakdown.totals.value, { measure: "value", currency, locale }) },
          { key: "orders", label: t("orderLines"), value: formatMeasure(breakdown.totals.orders, { measure: "orders", locale }) },
          { key: "units", label: t("units"), value: count(breakdown.totals.units) },
          { key: "soldOut", label: t("soldOutCount"), value: count(breakdown.cells.filter((c) => c.soldOut).length) },
        ]}
      />
      <ReportSection>
        <Card className="min-w-0 p-4 sm:p-5">
          <h3 className="text-base font-semibold text-slate-900">{t("gridTitle")}</h3>
          <p className="mt-1 text-sm text-slate-600">{t("gridDescription")}</p>
          {breakdown.cells.length === 0 ? (
            <p className="mt-4 text-sm text-slate-600">{t("noSkus")}</p>
          ) : (
            <div className="mt-4">
              <Table data-testid="size-grid">
                <caption className="sr-only">{t("gridTitle")}</caption>
                <thead>
                  <tr>
                    <Th>{t("colorSize")}</Th>
                    {breakdown.sizes.map((size) => <Th key={size} className="text-right">{size}</Th>)}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {breakdown.colors.map((color) => (
                    <tr key={color}>
                      <th scope="row" className="px-3 py-2 text-left font-medium text-slate-800">{color}</th>
                      {breakdown.sizes.map((size) => {
                        const c = cell(color, size);
                        if (!c) return <td key={size} className="px-3 py-2 text-right text-slate-400"><span aria-hidden>–</span><span className="sr-only">{t("noSku")}</span></td>;
                        return (
                          <td key={size} className="px-3 py-2 text-right align-top tabular-nums">
                            <span className="block font-medium text-slate-900">{t("unitsOrdered", { units: count(c.units) })}</span>
                            <span className="block text-xs text-slate-500">{t("stockLeft", { stock: count(c.stockOnHand) })}</span>
                            {c.soldOut && <Badge tone="red" className="mt-1">{t("soldOutBadge")}</Badge>}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
        </Card>
      </ReportSection>
      <ReportSection actions={<ExportLinks report="product" filters={filters} extra={{ product: product.id }} name={t("skusTitle")} />}>
        <ChartWithTable
          title={t("skusTitle")}
          headingLevel={3}
          chart={<RankingBarChart items={skus.map((c) => ({ label: `${c.color} / ${c.size}`, value: c.units }))} measure="units" locale={locale} />}
          columns={[
            { header: t("sku") },
            { header: t("skuCode") },
            ...stockFigureColumns(t, currency),
            { header: t("soldOut") },
          ]}
          rows={skus.map((c) => [`${c.color} / ${c.size}`, c.code, ...stockFigureCells(c, locale), c.soldOut ? t("soldOutBadge") : ""])}
          locale={locale}
          emptyText={t("noSkus")}
        />
      </ReportSection>
    </>
  );
}
