// The product spreadsheet: one row per SKU, the same columns for the template, the import and
// the export. Checks every row and says which row and column is wrong; pure (no database), so
// the same rules run in tests, preview and import. Problems are catalogue keys (lib/i18n/
// message-text), worded in the reader's language where they are shown.
// The documented columns are English; a file may use the Japanese headers instead (JAPANESE_COLUMNS).
// The order-rule columns (rule-columns.ts) are optional: a file without them leaves rules as they are.
import { msg } from "@/lib/i18n/message-text";
import { toMinor } from "@/lib/money/format";
import { JAPANESE_RULE_COLUMNS, NO_RULES, parseRuleCell, RULE_COLUMNS, RULE_FIELDS, type RuleColumn, type RuleField, type SheetRules } from "./rule-columns";

export const BASE_COLUMNS = ["Product ID", "Product Name", "Description", "Delivery Name", "Color", "Size", "SKU Code", "Stock"] as const;
type BaseColumn = (typeof BASE_COLUMNS)[number];

/** The Japanese headers a file may use instead of the English ones (each column's first name is the one documented). */
export const JAPANESE_COLUMNS: Record<BaseColumn, readonly string[]> = {
  "Product ID": ["商品ID", "品番"],
  "Product Name": ["商品名"],
  Description: ["説明"],
  "Delivery Name": ["納品書用商品名"],
  Color: ["カラー", "色"],
  Size: ["サイズ"],
  "SKU Code": ["SKUコード"],
  Stock: ["在庫", "在庫数"],
};
/** Japanese price headers: 卸価格 (JPY) and 上代 (JPY) (or 希望小売価格), half- or full-width parentheses. */
export const JAPANESE_PRICE_COLUMNS = { wholesale: ["卸価格"], retail: ["上代", "希望小売価格"] } as const;

const WHOLESALE = /^(?:Wholesale Price|卸価格)\s*[(（]\s*([A-Za-z]{3})\s*[)）]$/;
const RETAIL = /^(?:Retail Price|上代|希望小売価格)\s*[(（]\s*([A-Za-z]{3})\s*[)）]$/;
const PRICE_PATTERN = "Wholesale Price (<currency>)";
const PRICE_EXAMPLE = "Wholesale Price (JPY)";

const ALIASES = new Map<string, BaseColumn>(
  (Object.entries(JAPANESE_COLUMNS) as [BaseColumn, readonly string[]][]).flatMap(([column, names]) => [[column, column] as const, ...names.map((name) => [name, column] as const)]),
);

const RULE_ALIASES = new Map<string, RuleColumn>(
  (Object.entries(JAPANESE_RULE_COLUMNS) as [RuleColumn, readonly string[]][]).flatMap(([column, names]) => [[column, column] as const, ...names.map((name) => [name, column] as const)]),
);

export function sheetHeader(currencies: string[]): string[] {
  return [...BASE_COLUMNS, ...currencies.flatMap((c) => [`Wholesale Price (${c})`, `Retail Price (${c})`]), ...RULE_COLUMNS];
}

/** `message` is a catalogue key with its values; `column` is the header as the file names it. */
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

/** `rules`: the order rules of the columns the file has (blank: no rule); absent when it has none. */
export type SheetProduct = { row: number; productCode: string; name: string; description: string | null; deliveryName: string | null; skus: SheetSku[]; rules?: SheetRules };

/** `skuCodeColumn`: the SKU code header as the file names it; `ruleColumns`: the rule headers it has, by field. */
export type ParsedSheet = { products: SheetProduct[]; rowCount: number; currencies: string[]; errors: SheetError[]; skuCodeColumn: string; ruleColumns: Partial<Record<RuleField, string>> };

/** Problems listed at most: past them the list says "200+". */
export const MAX_SHEET_ERRORS = 200;

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
    if (errors.length < MAX_SHEET_ERRORS) errors.push({ row, column, message });
  };
  const header = (table[0] ?? []).map((h) => h.trim());
  // Each documented column's position, found by its English or Japanese header (a repeated column: the last).
  const index = new Map<BaseColumn, number>();
  header.forEach((h, i) => {
    const column = ALIASES.get(h);
    if (column) index.set(column, i);
  });
  /** A column as this file names it, for the error list. */
  const label = (column: BaseColumn) => {
    const i = index.get(column);
    return i === undefined ? column : header[i];
  };
  const ruleIndex = new Map<RuleField, number>();
  header.forEach((h, i) => {
    const column = RULE_ALIASES.get(h);
    if (column) ruleIndex.set(RULE_FIELDS[column], i);
  });
  const ruleColumns = Object.fromEntries([...ruleIndex].map(([field, i]) => [field, header[i]])) as ParsedSheet["ruleColumns"];
  for (const required of ["Product ID", "Product Name", "Color", "Size", "SKU Code"] as const) {
    if (!index.has(required)) add(1, required, msg("products.import.errors.missingColumn", { column: required }));
  }
  const priceColumns: { currency: string; wholesale: number; retail?: number; label: string; retailLabel: string }[] = [];
  header.forEach((h, i) => {
    const match = WHOLESALE.exec(h);
    if (!match) return;
    const currency = match[1].toUpperCase();
    const retail = header.findIndex((x) => RETAIL.exec(x)?.[1].toUpperCase() === currency);
    priceColumns.push({ currency, wholesale: i, retail, label: h, retailLabel: retail >= 0 ? header[retail] : `Retail Price (${match[1]})` });
  });
  if (priceColumns.length === 0) add(1, "Wholesale Price", msg("products.import.errors.missingPriceColumn", { pattern: PRICE_PATTERN, example: PRICE_EXAMPLE }));
  if (errors.length) return { products: [], rowCount: 0, currencies: [], errors, skuCodeColumn: label("SKU Code"), ruleColumns };

  const get = (cells: string[], column: BaseColumn) => {
    const i = index.get(column);
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const products = new Map<string, SheetProduct>();
  const skuRows = new Map<string, number>();
  /** Per product and rule, the row that first gave it and its value as text (to spot a row that disagrees). */
  const ruleRows = new Map<string, Map<RuleField, { row: number; value: string }>>();
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
    const tooLong = (maximum: number) => msg("validation.tooLong", { maximum });
    if (!productCode) add(row, label("Product ID"), msg("products.import.errors.productIdRequired"));
    else if (productCode.length > 64) add(row, label("Product ID"), tooLong(64));
    if (!name) add(row, label("Product Name"), msg("products.import.errors.productNameRequired"));
    else if (name.length > 200) add(row, label("Product Name"), tooLong(200));
    if (deliveryName && deliveryName.length > 200) add(row, label("Delivery Name"), tooLong(200));
    if (!color) add(row, label("Color"), msg("products.import.errors.colourRequired"));
    else if (color.length > 60) add(row, label("Color"), tooLong(60));
    if (!size) add(row, label("Size"), msg("products.import.errors.sizeRequired"));
    else if (size.length > 30) add(row, label("Size"), tooLong(30));
    if (!code) add(row, label("SKU Code"), msg("products.import.errors.skuCodeRequired"));
    else if (!/^[^\s,]{1,64}$/.test(code)) add(row, label("SKU Code"), msg("products.import.errors.skuCodeFormat"));
    else if (skuRows.has(code)) add(row, label("SKU Code"), msg("products.import.errors.skuCodeRepeated", { code, row: skuRows.get(code)! }));
    else skuRows.set(code, row);
    let stock: number | null = null;
    if (stockText !== "") {
      if (!/^\d+$/.test(stockText) || Number(stockText) > 10_000_000) add(row, label("Stock"), msg("products.import.errors.stock"));
      else stock = Number(stockText);
    }
    const prices: SheetSku["prices"] = [];
    for (const column of priceColumns) {
      const wholesale = parseAmount(cells[column.wholesale] ?? "", column.currency);
      const retail = column.retail !== undefined && column.retail >= 0 ? parseAmount(cells[column.retail] ?? "", column.currency) : null;
      if (wholesale === "bad") add(row, column.label, msg("products.import.errors.amount"));
      if (retail === "bad") add(row, column.retailLabel, msg("products.import.errors.amount"));
      if (wholesale === null && typeof retail === "number") add(row, column.label, msg("products.import.errors.wholesaleWithRetail"));
      if (typeof wholesale === "number") prices.push({ currency: column.currency, wholesalePrice: wholesale, retailPrice: typeof retail === "number" ? retail : null });
    }
    if (prices.length === 0 && !priceColumns.some((c) => (cells[c.wholesale] ?? "").trim() !== "")) {
      add(row, priceColumns[0].label, msg("products.import.errors.wholesaleRequired"));
    }
    const rules: SheetRules = {};
    for (const [field, i] of ruleIndex) {
      const cell = parseRuleCell(field, cells[i] ?? "");
      if ("error" in cell) add(row, header[i], cell.error);
      else if (cell.value !== undefined) (rules as Record<RuleField, unknown>)[field] = cell.value;
    }
    if (!productCode || !name) return;
    const existing = products.get(productCode);
    if (existing) {
      if (existing.name !== name) add(row, label("Product Name"), msg("products.import.errors.nameMismatch", { code: productCode, name: existing.name, row: existing.row }));
      if (existing.skus.some((s) => s.color.toLowerCase() === color.toLowerCase() && s.size.toLowerCase() === size.toLowerCase())) {
        add(row, label("Size"), msg("products.import.errors.skuRepeated", { color, size, code: productCode }));
      }
    }
    const product: SheetProduct = existing ?? { row, productCode, name, description, deliveryName, skus: [], ...(ruleIndex.size ? { rules: {} } : {}) };
    product.skus.push({ row, code, color, size, stock, prices });
    products.set(productCode, product);
    const given = ruleRows.get(productCode) ?? new Map<RuleField, { row: number; value: string }>();
    ruleRows.set(productCode, given);
    for (const [field, value] of Object.entries(rules) as [RuleField, unknown][]) {
      const text = JSON.stringify(value);
      const first = given.get(field);
      if (first && first.value !== text) add(row, header[ruleIndex.get(field)!], msg("products.import.errors.ruleMismatch", { code: productCode, row: first.row }));
      else if (!first) {
        given.set(field, { row, value: text });
        (product.rules as Record<RuleField, unknown>)[field] = value;
      }
    }
  });
  // A rule column left blank on every row of a product: no rule.
  for (const product of products.values()) {
    if (!product.rules) continue;
    for (const field of ruleIndex.keys()) if (!(field in product.rules)) (product.rules as Record<RuleField, unknown>)[field] = NO_RULES[field];
  }
  if (rowCount === 0 && errors.length === 0) add(2, label("Product ID"), msg("products.import.errors.noRows"));
  return { products: [...products.values()], rowCount, currencies: priceColumns.map((c) => c.currency), errors, skuCodeColumn: label("SKU Code"), ruleColumns };
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
