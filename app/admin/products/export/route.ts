// Download of the product spreadsheet (export) or its empty template, as CSV or XLSX. The columns
// are the documented (English) ones whatever the language; the template's example row and the
// worksheet's name are in the viewer's language.
import { getBrandContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { toCsv } from "@/lib/import/csv";
import { exportRows, templateRows } from "@/lib/import/export-products";
import { writeXlsx } from "@/lib/import/xlsx";

export async function GET(request: Request) {
  const ctx = await getBrandContext();
  const locale = await requestLocale();
  const t = translatorFor(locale);
  if (!ctx || !can(ctx.role, "catalogs.manage")) return new Response(t("errors.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const url = new URL(request.url);
  const template = url.searchParams.get("template") === "1";
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const rows = template ? await templateRows(ctx.brand.id, ctx.brand.defaultCurrency, locale) : await exportRows(ctx.brand.id, ctx.brand.defaultCurrency);
  const name = `${ctx.brand.slug}-${template ? "product-template" : `products-${new Date().toISOString().slice(0, 10)}`}.${format}`;
  const body = format === "xlsx" ? new Uint8Array(await writeXlsx(rows, t("products.import.sheetName"))) : toCsv(rows);
  return new Response(body, {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
