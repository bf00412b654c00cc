// Download of a report as CSV or XLSX: /admin/reports/export/<report>?format=csv|xlsx&<filters>.
// All rows (up to EXPORT_ROW_CAP, then a note), headers in the viewer's language. Brand staff with
// reports.view only; OPS, people without a brand and addresses naming another brand's link, buyer
// or product get the same 404.
import { getBrandContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors/app-error";
import { requestI18n } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { reportCsv, reportXlsx } from "@/lib/reports/export-file";
import { buildExportTable, isReportExport } from "@/lib/reports/export-table";
import { loadReportContext } from "@/lib/reports/report-context";

export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const { locale, timeZone } = await requestI18n();
  const t = translatorFor(locale, timeZone);
  const notFound = () => new Response(t("errors.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const ctx = await getBrandContext();
  const { report } = await params;
  if (!ctx || !can(ctx.role, "reports.view") || !isReportExport(report)) return notFound();
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") return notFound();
  const search: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) search[key] = url.searchParams.getAll(key);
  const context = await loadReportContext(ctx, search);
  if (!context) return notFound();
  let table;
  try {
    table = await buildExportTable(report, {
      brandId: ctx.brand.id,
      filters: context.filters,
      t,
      locale,
      sort: url.searchParams.get("sort") === "units" ? "units" : "value",
      productId: url.searchParams.get("product"),
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
  const name = `report-${report}-${context.today}.${format}`;
  const body = format === "xlsx" ? await reportXlsx(table, t, t(`reports.export.names.${report}`)) : reportCsv(table, t, locale);
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
