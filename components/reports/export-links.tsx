// "Download CSV" and "Download XLSX" for one report, with the filters the page shows.
import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { reportFilterQuery, type ReportFilters } from "@/lib/reports/filters";
import type { ReportExport } from "@/lib/reports/export-table";

const LINK = "inline-flex h-9 items-center gap-2 rounded-md bg-white px-3 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50";

/** The export's address: the report's filters plus what the report itself needs (sort, product). */
export function exportHref(report: ReportExport, filters: ReportFilters, format: "csv" | "xlsx", extra: Record<string, string> = {}) {
  const query = reportFilterQuery(filters);
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  query.set("format", format);
  return `/admin/reports/export/${report}?${query}`;
}

export function ExportLinks({ report, filters, extra, name }: { report: ReportExport; filters: ReportFilters; extra?: Record<string, string>; name: string }) {
  const t = useTranslations("reports.export");
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("groupLabel", { name })}>
      <a href={exportHref(report, filters, "csv", extra)} className={LINK} download aria-label={t("csvOf", { name })}>
        <Download className="size-4" aria-hidden /> {t("csv")}
      </a>
      <a href={exportHref(report, filters, "xlsx", extra)} className={LINK} download aria-label={t("xlsxOf", { name })}>
        <Download className="size-4" aria-hidden /> {t("xlsx")}
      </a>
    </div>
  );
}
