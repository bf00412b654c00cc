import "server-only";
// A report table written as a file. CSV reads like the Order Management export: a BOM for Excel,
// every cell quoted, headers in the viewer's language, amounts formatted as money in that language
// ("¥12,000", "$12.50") beside a currency column, and text that a spreadsheet would take for a
// formula neutralised. XLSX keeps numbers as numbers: amounts in major units with the currency's
// decimals, shares as percentages, so a spreadsheet can add them up.
import ExcelJS from "exceljs";
import { formatMoney, fromMinor, minorDigits } from "@/lib/money/format";
import type { Translate } from "@/lib/i18n/translator";
import type { ColumnKind, ExportCell, ExportTable } from "./export-table";

export type ExportFormat = "csv" | "xlsx";

/** Quoted; user text starting like a formula (= + - @, tab, CR) gets a leading apostrophe. */
export function csvCell(value: ExportCell, kind: ColumnKind = "text"): string {
  const text = value === null ? "" : String(value);
  const safe = kind === "text" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

function shareText(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

function csvText(cell: ExportCell, kind: ColumnKind, currency: string, locale: string): string {
  if (cell === null) return csvCell(null);
  if (typeof cell === "number") {
    if (kind === "money") return csvCell(formatMoney(cell, currency, locale), "money");
    if (kind === "share") return csvCell(shareText(cell, locale), "share");
    return csvCell(cell, kind);
  }
  return csvCell(cell, kind);
}

function headers(table: ExportTable, t: Translate): string[] {
  return table.columns.map((c) => t(`reports.export.columns.${c.key}`));
}

function truncationNote(table: ExportTable, t: Translate): string | null {
  return table.truncated ? t("reports.export.truncated", { shown: table.rows.length, total: table.total }) : null;
}

export function reportCsv(table: ExportTable, t: Translate, locale: string): string {
  const lines = [headers(table, t).map((h) => csvCell(h)).join(",")];
  for (const row of table.rows) lines.push(row.map((cell, i) => csvText(cell, table.columns[i].kind, table.currency, locale)).join(","));
  const note = truncationNote(table, t);
  if (note) lines.push(csvCell(note));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Report";
}

export async function reportXlsx(table: ExportTable, t: Translate, name: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(name));
  sheet.addRow(headers(table, t));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const digits = minorDigits(table.currency);
  const moneyFormat = digits > 0 ? `#,##0.${"0".repeat(digits)}` : "#,##0";
  table.columns.forEach((column, i) => {
    const format = column.kind === "money" ? moneyFormat : column.kind === "share" ? "0.0%" : column.kind === "count" ? "#,##0" : undefined;
    if (format) sheet.getColumn(i + 1).numFmt = format;
    sheet.getColumn(i + 1).width = column.kind === "text" ? 28 : 14;
  });
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, i) => (cell === null ? null : typeof cell === "number" && table.columns[i].kind === "money" ? fromMinor(cell, table.currency) : cell)));
  }
  const note = truncationNote(table, t);
  if (note) sheet.addRow([note]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
