import "server-only";
// PUT /products/{productCode}: creates or updates a product by its product ID and its SKUs by SKU
// code, through the spreadsheet import itself. The JSON is laid out as the import's rows and
// checked by the import's own parser (lib/import/product-sheet) and its check against the brand's
// data, then applied by the import's writer: the same rules, messages and stock movements as a
// spreadsheet, one product at a time. SKUs not sent are kept; so are prices of currencies not sent.
import { lockForTransaction } from "@/lib/db/advisory-lock";
import type { Acting } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { applySheetProducts, databaseConflicts } from "@/lib/import/import-products";
import { BASE_COLUMNS, parseProductSheet, type SheetError } from "@/lib/import/product-sheet";
import { fromMinor } from "@/lib/money/format";
import type { ProductUpsertInput } from "./schemas";

const FIELD_OF_COLUMN: Record<(typeof BASE_COLUMNS)[number], string | null> = {
  "Product ID": "productCode", "Product Name": "name", Description: "description", "Delivery Name": "deliveryName",
  Color: "color", Size: "size", "SKU Code": "code", Stock: "stock",
};

/** The import's rows for the body: one per SKU, a wholesale and a retail column per currency sent. */
function sheetOf(input: ProductUpsertInput) {
  const currencies = [...new Set(input.skus.flatMap((s) => s.prices.map((p) => p.currency)))];
  const header = [...BASE_COLUMNS, ...currencies.flatMap((c) => [`Wholesale Price (${c})`, `Retail Price (${c})`])];
  const rows = input.skus.map((sku) => [
    input.productCode, input.name, input.description ?? "", input.deliveryName ?? "", sku.color, sku.size, sku.code, sku.stock == null ? "" : String(sku.stock),
    ...currencies.flatMap((c) => {
      const price = sku.prices.find((p) => p.currency === c);
      return price ? [String(fromMinor(price.wholesalePrice, c)), price.retailPrice == null ? "" : String(fromMinor(price.retailPrice, c))] : ["", ""];
    }),
  ]);
  return { table: [header, ...rows], currencies };
}

/** A sheet error (row, column) as the body's field path. */
function fieldOf(error: SheetError, input: ProductUpsertInput, currencies: string[]): string {
  const index = error.row - 2;
  const base = FIELD_OF_COLUMN[error.column as keyof typeof FIELD_OF_COLUMN];
  if (base && ["productCode", "name", "description", "deliveryName"].includes(base)) return base;
  const sku = `skus.${Math.max(0, index)}`;
  if (base) return `${sku}.${base}`;
  const currency = currencies.find((c) => error.column.includes(`(${c})`));
  const priceIndex = currency ? input.skus[index]?.prices.findIndex((p) => p.currency === currency) ?? -1 : -1;
  if (priceIndex < 0) return `${sku}.prices`;
  return `${sku}.prices.${priceIndex}.${error.column.startsWith("Retail") ? "retailPrice" : "wholesalePrice"}`;
}

export async function upsertProduct(brandId: string, user: Acting, input: ProductUpsertInput) {
  const { table, currencies } = sheetOf(input);
  const sheet = parseProductSheet(table);
  if (sheet.errors.length) {
    const fields: Record<string, string> = {};
    for (const error of sheet.errors) fields[fieldOf(error, input, currencies)] ??= error.message;
    throw new AppError("VALIDATION", msg("errors.correctFields"), fields);
  }
  return prisma.$transaction(async (tx) => {
    // One upsert of the brand at a time: two creating the same product or SKU code at once would
    // both find it free.
    await lockForTransaction(tx, `product-upsert:${brandId}`);
    const existed = await tx.product.findUnique({ where: { brandId_productCode: { brandId, productCode: input.productCode } }, select: { id: true } });
    const conflicts = await databaseConflicts(tx, brandId, sheet.products);
    if (conflicts.length) {
      const fields = Object.fromEntries(conflicts.map((c) => [`skus.${c.row - 2}.code`, msg("products.import.errors.skuOfOtherProduct", { code: c.code, product: c.product })]));
      throw new AppError("VALIDATION", msg("errors.correctFields"), fields);
    }
    await applySheetProducts(tx, brandId, user, sheet.products, "products.api-upsert");
    return { created: !existed };
  }, { timeout: 60_000 });
}
