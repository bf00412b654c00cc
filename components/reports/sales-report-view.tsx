// Sales over time: the headline totals (with the comparison's), the value per period as a line
// (the comparison dashed behind it), and the same periods as a table with orders, units and value.
import { useLocale, useTranslations } from "next-intl";
import { ChartWithTable, type ChartTableCell, type ChartTableColumn } from "@/components/reports/charts/chart-with-table";
import { formatMeasure } from "@/components/reports/charts/format-measure";
import { TimeSeriesChart, type TimeSeriesSeries } from "@/components/reports/charts/time-series-chart";
import type { ReportFilters, ReportGrain } from "@/lib/reports/filters";
import { formatDay, formatMonth } from "@/lib/reports/periods";
import type { Measures, SalesOverTime } from "@/lib/reports/types";
import { ExportLinks } from "./export-links";
import { HeadlineFigures } from "./headline-figures";
import { ReportSection } from "./report-section";

export function usePeriodLabel(grain: ReportGrain) {
  const t = useTranslations("reports.sales");
  const locale = useLocale();
  return (period: string, short = false) => {
    if (grain === "month") return formatMonth(period, locale, short);
    if (grain === "week") return t("weekOf", { date: formatDay(period, locale, short) });
    return formatDay(period, locale, short);
  };
}

function change(current: number, previous: number, locale: string): string | null {
  if (previous === 0) return null;
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format((current - previous) / previous);
}

export function SalesReportView({ sales, filters }: { sales: SalesOverTime; filters: ReportFilters }) {
  const t = useTranslations("reports.sales");
  const locale = useLocale();
  const currency = filters.currency;
  const label = usePeriodLabel(sales.grain);
  const compared = sales.comparison !== null;

  const comparisonName = !sales.comparison
    ? ""
    : sales.comparison.kind === "previous-season"
      ? t("previousSeason", { name: sales.comparison.catalogName })
      : t("previousPeriod", { from: formatDay(sales.comparison.from, locale), to: formatDay(sales.comparison.to, locale) });

  const note = (key: keyof Measures) => {
    if (!sales.comparisonTotals) return undefined;
    const previous = sales.comparisonTotals[key];
    const text = formatMeasure(previous, key === "value" ? { measure: "value", currency, locale } : { measure: key, locale });
    const delta = change(sales.totals[key], previous, locale);
    return delta ? t("comparedWith", { previous: text, change: delta }) : t("comparedWithOnly", { previous: text });
  };

  const series: TimeSeriesSeries[] = [{ key: "current", name: t("currentSeries") }];
  if (compared) series.push({ key: "comparison", name: comparisonName, kind: "comparison" });
  const points = sales.points.map((p) => ({ label: label(p.period, true), values: { current: p.current.value, ...(compared ? { comparison: p.comparison?.value ?? null } : {}) } }));

  const columns: ChartTableColumn[] = [
    { header: t("period") },
    { header: t("orders"), measure: "orders" },
    { header: t("units"), measure: "units" },
    { header: t("value"), measure: "value", currency },
  ];
  if (compared) columns.push({ header: t("comparisonPeriod") }, { header: t("comparisonValue"), measure: "value", currency });
  const rows: ChartTableCell[][] = sales.points.map((p) => [
    label(p.period),
    p.current.orders,
    p.current.units,
    p.current.value,
    ...(compared ? [p.comparisonPeriod ? label(p.comparisonPeriod) : null, p.comparison?.value ?? null] : []),
  ]);

  const range = sales.from && sales.to ? t("range", { from: formatDay(sales.from, locale), to: formatDay(sales.to, locale) }) : t("allTime");
  return (
    <>
      <HeadlineFigures
        figures={[
          { key: "value", label: t("totalValue", { currency }), value: formatMeasure(sales.totals.value, { measure: "value", currency, locale }), note: note("value") },
          { key: "orders", label: t("orders"), value: formatMeasure(sales.totals.orders, { measure: "orders", locale }), note: note("orders") },
          { key: "units", label: t("units"), value: formatMeasure(sales.totals.units, { measure: "units", locale }), note: note("units") },
          {
            key: "aov",
            label: t("averageOrderValue"),
            value: sales.totals.orders > 0 ? formatMeasure(Math.round(sales.totals.value / sales.totals.orders), { measure: "value", currency, locale }) : "–",
          },
        ]}
      />
      <ReportSection actions={<ExportLinks report="sales" filters={filters} name={t("title")} />} testId="sales-report">
        <ChartWithTable
          title={t("title")}
          description={compared ? `${range} · ${t("comparedTo", { name: comparisonName })}` : range}
          chartSummary={t("chartSummary", { currency, count: sales.points.length })}
          chart={<TimeSeriesChart measure="value" currency={currency} locale={locale} points={points} series={series} />}
          columns={columns}
          rows={rows}
          locale={locale}
          emptyText={t("empty")}
        />
      </ReportSection>
    </>
  );
}
