import "server-only";
// The product spreadsheet of a brand (export) and the empty template, as rows; the same columns
// the import reads, so an exported file imports back unchanged (order rules included: written on
// each row of a product, blank for no rule).
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { fromMinor } from "@/lib/money/format";
import { sellingCurrencies } from "@/lib/products/queries";
import { sheetHeader } from "./product-sheet";
import { prepacksCell, saleModeCell } from "./rule-columns";

type Cell = string | number | null;

/** The header and one example row, its texts in the reader's language (the headers stay the documented ones). */
export async function templateRows(brandId: string, defaultCurrency: string, locale: AppLocale = "en"): Promise<Cell[][]> {
  const currencies = await sellingCurrencies(brandId, defaultCurrency);
  const t = translatorFor(locale);
  const example: Cell[] = ["P-1001", t("products.import.example.name"), t("products.import.example.description"), t("products.import.example.deliveryName"), t("products.import.example.color"), "M", "P-1001-NAVY-M", 20];
  for (const c of currencies) example.push(fromMinor(c === "JPY" ? 9800 : 6500, c), fromMinor(c === "JPY" ? 21000 : 14000, c));
  // No order rules in the example (blank cells), sold by the unit.
  example.push(null, null, null, null, t("products.saleModes.SINGLES"), null);
  return [sheetHeader(currencies), example];
}

/** Every active product's SKUs, read in pages so a large catalogue does not load at once. */
export async function exportRows(brandId: string, defaultCurrency: string): Promise<Cell[][]> {
  const currencies = await sellingCurrencies(brandId, defaultCurrency);
  const rows: Cell[][] = [sheetHeader(currencies)];
  let cursor: string | undefined;
  for (;;) {
    const products = await prisma.product.findMany({
      where: { brandId, archivedAt: null },
      orderBy: { id: "asc" },
      take: 500,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: {
        id: true, productCode: true, name: true, description: true, deliveryName: true, skus: { orderBy: { position: "asc" }, include: { prices: true } },
        minQuantity: true, minQuantityPerSku: true, orderMultiple: true, maxQuantity: true, saleMode: true,
        prepacks: { orderBy: { position: "asc" }, select: { name: true, sizes: { orderBy: { position: "asc" }, select: { size: true, quantity: true } } } },
      },
    });
    for (const p of products) {
      const rules: Cell[] = [p.minQuantity, p.minQuantityPerSku, p.orderMultiple, p.maxQuantity, saleModeCell(p.saleMode), p.prepacks.length ? prepacksCell(p.prepacks) : null];
      for (const s of p.skus) {
        const row: Cell[] = [p.productCode, p.name, p.description, p.deliveryName, s.color, s.size, s.code, s.stockQuantity];
        for (const c of currencies) {
          const price = s.prices.find((x) => x.currency === c);
          row.push(price ? fromMinor(price.wholesalePrice, c) : null, price?.retailPrice != null ? fromMinor(price.retailPrice, c) : null);
        }
        rows.push([...row, ...rules]);
      }
    }
    if (products.length < 500) break;
    cursor = products[products.length - 1].id;
  }
  return rows;
}
