// The product spreadsheet: one row per SKU, the same columns for the template, the import and
// the export. Checks every row and says which row and column is wrong; pure (no database), so
// the same rules run in tests, preview and import.
import { toMinor } from "@/lib/money/format";

export const BASE_COLUMNS = ["Product ID", "Product Name", "Description", "Delivery Name", "Color", "Size", "SKU Code", "Stock"] as const;
const WHOLESALE = /^Wholesale Price \(([A-Za-z]{3})\)$/;
const RETAIL = /^Retail Price \(([A-Za-z]{3})\)$/;

export function sheetHeader(currencies: string[]): string[] {
  return [...BASE_COLUMNS, ...currencies.flatMap((c) => [`Wholesale Price (${c})`, `Retail Price (${c})`])];
}

export type SheetError = { row: number; column: string; message: string };

export type SheetSku = {
  row: number;
  code: string;
  color: string;
  size: string;
  /** null: keep the current stock (new SKUs start at 0). */
  stock: number | null;
  prices: { currency: string; wholesalePrice: number; retailPrice: number | null }[];
};

export type SheetProduct = { row: number; productCode: string; name: string; description: string | null; deliveryName: string | null; skus: SheetSku[] };

export type ParsedSheet = { products: SheetProduct[]; rowCount: number; currencies: string[]; errors: SheetError[] };

const MAX_ERRORS = 200;

function parseAmount(text: string, currency: string): number | null | "bad" {
  const clean = text.replace(/[,\s]/g, "");
  if (clean === "") return null;
  if (!/^\d+(\.\d+)?$/.test(clean)) return "bad";
  const value = Number(clean);
  return Number.isFinite(value) && value <= 100_000_000 ? toMinor(value, currency) : "bad";
}

export function parseProductSheet(table: string[][]): ParsedSheet {
  const errors: SheetError[] = [];
  const add = (row: number, column: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ row, column, message });
  };
  const header = (table[0] ?? []).map((h) => h.trim());
  const index = new Map(header.map((h, i) => [h, i]));
  for (const required of ["Product ID", "Product Name", "Color", "Size", "SKU Code"]) {
    if (!index.has(required)) add(1, required, `The header row has no "${required}" column. Download the template for the expected columns.`);
  }
  const priceColumns: { currency: string; wholesale: number; retail?: number; label: string; retailLabel: string }[] = [];
  header.forEach((h, i) => {
    const match = WHOLESALE.exec(h);
    if (!match) return;
    const currency = match[1].toUpperCase();
    const retailLabel = `Retail Price (${match[1]})`;
    priceColumns.push({ currency, wholesale: i, retail: index.get(retailLabel) ?? header.findIndex((x) => RETAIL.exec(x)?.[1].toUpperCase() === currency), label: h, retailLabel });
  });
  if (priceColumns.length === 0) add(1, "Wholesale Price", 'The header row has no "Wholesale Price (<currency>)" column, e.g. "Wholesale Price (JPY)".');
  if (errors.length) return { products: [], rowCount: 0, currencies: [], errors };

  const get = (cells: string[], column: string) => {
    const i = index.get(column);
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const products = new Map<string, SheetProduct>();
  const skuRows = new Map<string, number>();
  let rowCount = 0;
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => (c ?? "").trim() === "")) return;
    rowCount++;
    const productCode = get(cells, "Product ID");
    const name = get(cells, "Product Name");
    const description = get(cells, "Description") || null;
    const deliveryName = get(cells, "Delivery Name") || null;
    const color = get(cells, "Color");
    const size = get(cells, "Size");
    const code = get(cells, "SKU Code");
    const stockText = get(cells, "Stock").replace(/,/g, "");
    if (!productCode) add(row, "Product ID", "Enter the product ID.");
    else if (productCode.length > 64) add(row, "Product ID", "Use at most 64 characters.");
    if (!name) add(row, "Product Name", "Enter the product name.");
    else if (name.length > 200) add(row, "Product Name", "Use at most 200 characters.");
    if (deliveryName && deliveryName.length > 200) add(row, "Delivery Name", "Use at most 200 characters.");
    if (!color) add(row, "Color", "Enter the colour.");
    else if (color.length > 60) add(row, "Color", "Use at most 60 characters.");
    if (!size) add(row, "Size", "Enter the size.");
    else if (size.length > 30) add(row, "Size", "Use at most 30 characters.");
    if (!code) add(row, "SKU Code", "Enter the SKU code.");
    else if (!/^[^\s,]{1,64}$/.test(code)) add(row, "SKU Code", "Use up to 64 characters without spaces or commas.");
    else if (skuRows.has(code)) add(row, "SKU Code", `SKU code ${code} is already on row ${skuRows.get(code)}.`);
    else skuRows.set(code, row);
    let stock: number | null = null;
    if (stockText !== "") {
      if (!/^\d+$/.test(stockText) || Number(stockText) > 10_000_000) add(row, "Stock", "Enter a whole number of 0 or more.");
      else stock = Number(stockText);
    }
    const prices: SheetSku["prices"] = [];
    for (const column of priceColumns) {
      const wholesale = parseAmount(cells[column.wholesale] ?? "", column.currency);
      const retail = column.retail !== undefined && column.retail >= 0 ? parseAmount(cells[column.retail] ?? "", column.currency) : null;
      if (wholesale === "bad") add(row, column.label, "Enter an amount such as 1200 or 12.50.");
      if (retail === "bad") add(row, column.retailLabel, "Enter an amount such as 1200 or 12.50.");
      if (wholesale === null && typeof retail === "number") add(row, column.label, "Enter the wholesale price as well as the retail price.");
      if (typeof wholesale === "number") prices.push({ currency: column.currency, wholesalePrice: wholesale, retailPrice: typeof retail === "number" ? retail : null });
    }
    if (prices.length === 0 && !priceColumns.some((c) => (cells[c.wholesale] ?? "").trim() !== "")) {
      add(row, priceColumns[0].label, "Enter at least one wholesale price.");
    }
    if (!productCode || !name) return;
    const existing = products.get(productCode);
    if (existing) {
      if (existing.name !== name) add(row, "Product Name", `Product ${productCode} is named "${existing.name}" on row ${existing.row}; use the same name on every row of a product.`);
      if (existing.skus.some((s) => s.color.toLowerCase() === color.toLowerCase() && s.size.toLowerCase() === size.toLowerCase())) {
        add(row, "Size", `${color} / ${size} of product ${productCode} is already on another row.`);
      }
    }
    const product = existing ?? { row, productCode, name, description, deliveryName, skus: [] };
    product.skus.push({ row, code, color, size, stock, prices });
    products.set(productCode, product);
  });
  if (rowCount === 0 && errors.length === 0) add(2, "Product ID", "The file has no product rows below the header.");
  return { products: [...products.values()], rowCount, currencies: priceColumns.map((c) => c.currency), errors };
}

/** Splits products into chunks of about `rows` SKU rows; a product never spans two chunks. */
export function chunkProducts(products: SheetProduct[], rows = 2000): SheetProduct[][] {
  const chunks: SheetProduct[][] = [];
  let current: SheetProduct[] = [];
  let count = 0;
  for (const product of products) {
    if (count > 0 && count + product.skus.length > rows) {
      chunks.push(current);
      current = [];
      count = 0;
    }
    current.push(product);
    count += product.skus.length;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
