// The figures a product row (Products report) and a SKU row (a product's breakdown) both show,
// in the same order and with the same formats: what was ordered, then stock and sell-through.
import type { Measures, StockFigures } from "@/lib/reports/types";
import type { ChartTableCell, ChartTableColumn } from "./charts/chart-with-table";
import { formatShare } from "./share-format";

type Label = (key: "orderLines" | "units" | "value" | "stockOnHand" | "allocated" | "sellThrough") => string;

export function stockFigureColumns(t: Label, currency: string): ChartTableColumn[] {
  return [
    { header: t("orderLines"), measure: "orders" },
    { header: t("units"), measure: "units" },
    { header: t("value"), measure: "value", currency },
    { header: t("stockOnHand"), measure: "units" },
    { header: t("allocated"), measure: "units" },
    { header: t("sellThrough") },
  ];
}

export function stockFigureCells(row: Measures & StockFigures, locale: string): ChartTableCell[] {
  return [row.orders, row.units, row.value, row.stockOnHand, row.allocatedUnits, formatShare(row.sellThrough, locale)];
}
