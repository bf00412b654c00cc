// A report card: a heading, a chart, and under it the same numbers as a table. The table is the
// chart's text alternative (screen readers, copying figures, printing) and is always shown; the
// chart itself is hidden from assistive technology unless the page gives a one-line summary of it.
// Cells are formatted by formatMeasure, the function the charts use, so both read the same.
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMeasure, type MeasureSpec } from "./format-measure";

/** A column of the table: text (a period, a product name) or numbers of one measure. */
export type ChartTableColumn = { header: string } & (MeasureSpec | { measure?: undefined; currency?: undefined });

/** A cell: text shown as given, a number formatted by its column, or null for "no data". */
export type ChartTableCell = string | number | null;

export type ChartWithTableProps = {
  /** The card's heading and the table's caption (translated by the caller). */
  title: string;
  headingLevel?: 2 | 3;
  description?: string;
  /** A TimeSeriesChart, RankingBarChart or any other picture of the rows. */
  chart: React.ReactNode;
  /** A one-line summary of what the chart shows. Given: the chart is an image with this name. Absent: the chart is hidden from assistive technology and the table speaks for it. */
  chartSummary?: string;
  columns: ChartTableColumn[];
  /** One array per row, one cell per column; the first cell names the row (a row header). */
  rows: ChartTableCell[][];
  /** The locale numbers are read in; pass the one the charts get. */
  locale: string;
  /** Shown instead of chart and table when there are no rows (default: "No data for this period."). */
  emptyText?: string;
  className?: string;
};

export function formatTableCell(cell: ChartTableCell, column: ChartTableColumn, locale: string): string | null {
  if (cell === null) return null;
  if (typeof cell === "string") return cell;
  // A number in a text column is read as a count.
  return column.measure ? formatMeasure(cell, { ...column, locale }) : formatMeasure(cell, { measure: "units", locale });
}

export function ChartWithTable({ title, headingLevel = 2, description, chart, chartSummary, columns, rows, locale, emptyText, className }: ChartWithTableProps) {
  const t = useTranslations("reports.charts");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Card className={cn("min-w-0 p-4 sm:p-5", className)}>
      <Heading className="text-base font-semibold text-slate-900">{title}</Heading>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      {rows.length === 0 ? (
        <p className="mt-4 rounded-md border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600" data-testid="chart-empty">
          {emptyText ?? t("empty")}
        </p>
      ) : (
        <>
          <div className="mt-4 min-w-0" {...(chartSummary ? { role: "img", "aria-label": chartSummary } : { "aria-hidden": true })}>
            {chart}
          </div>
          <div className="mt-4">
            <Table>
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  {columns.map((column, i) => (
                    <Th key={i} className={column.measure ? "text-right" : undefined}>{column.header}</Th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row, r) => (
                  <tr key={r}>
                    {columns.map((column, c) => {
                      const text = formatTableCell(row[c] ?? null, column, locale);
                      const content = text ?? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="sr-only">{t("noValue")}</span>
                        </>
                      );
                      if (c === 0) {
                        return (
                          <th key={c} scope="row" className="px-3 py-2 text-left font-medium wrap-anywhere text-slate-800">{content}</th>
                        );
                      }
                      return (
                        <Td key={c} className={cn(column.measure && "text-right whitespace-nowrap tabular-nums")}>{content}</Td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </>
      )}
    </Card>
  );
}
