import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { applyImportChunkAction, previewImportAction } from "@/lib/import/actions";
import { toCsv } from "@/lib/import/csv";
import { exportRows, templateRows } from "@/lib/import/export-products";
import { RULE_COLUMNS } from "@/lib/import/rule-columns";
import { readXlsx, writeXlsx } from "@/lib/import/xlsx";
import { createBrand } from "../../support/fixtures";
import { actAs, setRequestHeaders } from "../../support/next-request";

const HEADER = ["Product ID", "Product Name", "Description", "Delivery Name", "Color", "Size", "SKU Code", "Stock", "Wholesale Price (JPY)", "Retail Price (JPY)", "Wholesale Price (USD)", "Retail Price (USD)"];

function csvFile(rows: (string | number)[][], name = "products.csv") {
  const form = new FormData();
  form.set("file", new File([toCsv([HEADER, ...rows])], name, { type: "text/csv" }));
  return form;
}

async function importAll(form: FormData) {
  const preview = await previewImportAction(form);
  if (!preview.ok || !preview.data.ok) throw new Error(`preview failed: ${JSON.stringify(preview)}`);
  const results = [];
  for (let chunk = 0; chunk < preview.data.chunks; chunk++) {
    const r = await applyImportChunkAction({ importId: preview.data.importId, chunk });
    if (!r.ok) throw new Error(r.message);
    results.push(r.data);
  }
  return { preview: preview.data, results };
}

const GOOD = [
  ["IM-1", "Linen Shirt", "Relaxed", "Linen Shirt", "Navy", "M", "IM-1-NAVY-M", 10, 9800, 21000, "65.50", ""],
  ["IM-1", "Linen Shirt", "", "", "Navy", "L", "IM-1-NAVY-L", 4, 9800, "", "65.50", ""],
  ["IM-2", "Wide Chino", "", "", "Beige", "30", "IM-2-BEI-30", "", "12,000", "", "", ""],
];

describe("spreadsheet import", () => {
  it("previews a clean CSV without importing, then creates products, SKUs, prices and stock", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const preview = await previewImportAction(csvFile(GOOD));
    expect(preview).toMatchObject({ ok: true, data: { ok: true, chunks: 1, summary: { rows: 3, productsCreated: 2, productsUpdated: 0, skusCreated: 3, skusUpdated: 0, currencies: ["JPY", "USD"] } } });
    expect(await prisma.product.count({ where: { brandId: a.brand.id } })).toBe(0);
    const { results } = await importAll(csvFile(GOOD));
    expect(results.at(-1)).toMatchObject({ done: true, rowsDone: 3, totalRows: 3, productsCreated: 2, skusCreated: 3 });
    const sku = await prisma.sku.findFirstOrThrow({ where: { brandId: a.brand.id, code: "IM-1-NAVY-M" }, include: { prices: true, product: true } });
    expect(sku).toMatchObject({ color: "Navy", size: "M", stockQuantity: 10, product: { name: "Linen Shirt", description: "Relaxed", deliveryName: "Linen Shirt" } });
    expect(sku.prices.find((p) => p.currency === "USD")).toMatchObject({ wholesalePrice: 6550, retailPrice: null });
    expect(sku.prices.find((p) => p.currency === "JPY")).toMatchObject({ wholesalePrice: 9800, retailPrice: 21000 });
    const chino = await prisma.sku.findFirstOrThrow({ where: { brandId: a.brand.id, code: "IM-2-BEI-30" }, include: { prices: true } });
    expect(chino.stockQuantity).toBe(0);
    expect(chino.prices).toEqual([expect.objectContaining({ currency: "JPY", wholesalePrice: 12000 })]);
    expect(await prisma.stockMovement.count({ where: { brandId: a.brand.id, reason: "Import" } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { brandId: a.brand.id, action: "products.import" } })).toBe(1);
  });

  it("updates by product ID and SKU code: stock set to the file's value (not added), blank stock kept, prices replaced, new SKU added", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    await importAll(csvFile(GOOD));
    const update = [
      ["IM-1", "Linen Shirt (new)", "", "", "Navy", "M", "IM-1-NAVY-M", 7, 9900, "", "", ""],
      ["IM-1", "Linen Shirt (new)", "", "", "Navy", "L", "IM-1-NAVY-L", "", 9900, "", "", ""],
      ["IM-1", "Linen Shirt (new)", "", "", "Ivory", "M", "IM-1-IVO-M", 2, 9900, "", "", ""],
    ];
    const { preview } = await importAll(csvFile(update));
    expect(preview.summary).toMatchObject({ productsCreated: 0, productsUpdated: 1, skusCreated: 1, skusUpdated: 2 });
    const product = await prisma.product.findFirstOrThrow({ where: { brandId: a.brand.id, productCode: "IM-1" }, include: { skus: { include: { prices: true }, orderBy: { position: "asc" } } } });
    expect(product.name).toBe("Linen Shirt (new)");
    expect(product.description).toBe("Relaxed"); // blank cell keeps it
    expect(product.skus.map((s) => [s.code, s.stockQuantity])).toEqual([["IM-1-NAVY-M", 7], ["IM-1-NAVY-L", 4], ["IM-1-IVO-M", 2]]);
    const navy = product.skus[0].prices;
    expect(navy.find((p) => p.currency === "JPY")?.wholesalePrice).toBe(9900);
    expect(navy.find((p) => p.currency === "USD")?.wholesalePrice).toBe(6550); // blank USD leaves it
    expect(await prisma.stockMovement.findFirst({ where: { skuId: product.skus[0].id, reason: "Import", delta: -3 } })).not.toBeNull();
    expect(await prisma.product.count({ where: { brandId: a.brand.id } })).toBe(2);

    // Stock is absolute: the same file again leaves 7 (not 14) and logs no further movement.
    const movements = await prisma.stockMovement.count({ where: { brandId: a.brand.id } });
    await importAll(csvFile(update));
    const again = await prisma.sku.findMany({ where: { brandId: a.brand.id, code: { in: ["IM-1-NAVY-M", "IM-1-NAVY-L", "IM-1-IVO-M"] } }, orderBy: { code: "asc" } });
    expect(again.map((s) => [s.code, s.stockQuantity])).toEqual([["IM-1-IVO-M", 2], ["IM-1-NAVY-L", 4], ["IM-1-NAVY-M", 7]]);
    expect(await prisma.stockMovement.count({ where: { brandId: a.brand.id } })).toBe(movements);
  });

  it("reports each kind of bad row with its row and column and imports nothing", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(b.staff);
    await importAll(csvFile([["OTHER", "Other brand", "", "", "Red", "S", "SHARED-1", 1, 100, "", "", ""]]));
    await actAs(a.staff);
    await importAll(csvFile([["EX-1", "Existing", "", "", "Red", "S", "EX-1-RED-S", 1, 100, "", "", ""]]));
    const bad = [
      ["", "No ID", "", "", "Red", "S", "X-1", 1, 100, "", "", ""], // row 2
      ["B-1", "", "", "", "Red", "S", "X-2", 1, 100, "", "", ""], // row 3
      ["B-2", "Bad stock", "", "", "Red", "S", "X-3", "-4", 100, "", "", ""], // row 4
      ["B-3", "Bad price", "", "", "Red", "S", "X-4", 1, "12a", "", "", ""], // row 5
      ["B-4", "Dup SKU", "", "", "Red", "S", "X-4", 1, 100, "", "", ""], // row 6
      ["B-5", "No price", "", "", "Red", "S", "X-5", 1, "", "", "", ""], // row 7
      ["B-6", "No colour", "", "", "", "S", "X-6", 1, 100, "", "", ""], // row 8
      ["B-7", "Space", "", "", "Red", "S", "X 7", 1, 100, "", "", ""], // row 9
      ["B-2", "Renamed", "", "", "Blue", "S", "X-8", 1, 100, "", "", ""], // row 10
    ];
    const result = await previewImportAction(csvFile(bad));
    expect(result.ok && !result.data.ok).toBe(true);
    const errors = result.ok && !result.data.ok ? result.data.errors : [];
    expect(errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: "Product ID", message: "Enter the product ID." },
        { row: 3, column: "Product Name", message: "Enter the product name." },
        { row: 4, column: "Stock", message: "Enter a whole number of 0 or more." },
        { row: 5, column: "Wholesale Price (JPY)", message: "Enter an amount such as 1200 or 12.50." },
        { row: 6, column: "SKU Code", message: "SKU code X-4 is already on row 5." },
        { row: 7, column: "Wholesale Price (JPY)", message: "Enter at least one wholesale price." },
        { row: 8, column: "Color", message: "Enter the colour." },
        { row: 9, column: "SKU Code", message: "Use up to 64 characters without spaces or commas." },
        { row: 10, column: "Product Name", message: 'Product B-2 is named "Bad stock" on row 4; use the same name on every row of a product.' },
      ]),
    );
    // A SKU code of another product of this brand is caught against the database; another
    // brand's identical code is not a conflict.
    const conflict = await previewImportAction(csvFile([
      ["NEW-1", "New", "", "", "Red", "S", "EX-1-RED-S", 1, 100, "", "", ""],
      ["NEW-1", "New", "", "", "Red", "M", "SHARED-1", 1, 100, "", "", ""],
    ]));
    expect(conflict).toMatchObject({ ok: true, data: { ok: false, errors: [{ row: 2, column: "SKU Code", message: "SKU code EX-1-RED-S belongs to product EX-1." }] } });
    expect(await prisma.product.count({ where: { brandId: a.brand.id } })).toBe(1);
  });

  it("explains a file without the expected columns, an empty file, and a broken XLSX", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const form = new FormData();
    form.set("file", new File(["Name,Price\r\nShirt,100\r\n"], "x.csv"));
    const result = await previewImportAction(form);
    expect(result).toMatchObject({ ok: true, data: { ok: false } });
    expect(result.ok && !result.data.ok && result.data.errors[0]).toMatchObject({ row: 1, column: "Product ID" });
    const empty = new FormData();
    expect(await previewImportAction(empty)).toMatchObject({ ok: false, fieldErrors: { file: "Choose a CSV or XLSX file." } });
    const broken = new FormData();
    broken.set("file", new File([new Uint8Array([0x50, 0x4b, 1, 2, 3])], "x.xlsx"));
    expect(await previewImportAction(broken)).toMatchObject({ ok: false, fieldErrors: { file: "x.xlsx could not be read as an Excel workbook." } });
  });

  it("imports an XLSX file and exports the same format back", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const bytes = await writeXlsx([HEADER, ...GOOD]);
    const form = new FormData();
    form.set("file", new File([new Uint8Array(bytes)], "products.xlsx"));
    await importAll(form);
    expect(await prisma.sku.count({ where: { brandId: a.brand.id } })).toBe(3);
    const rows = await exportRows(a.brand.id, "JPY");
    expect(rows[0]).toEqual([...HEADER, ...RULE_COLUMNS]);
    // No order rules: blank counts and prepacks, sold by the unit.
    expect(rows).toContainEqual(["IM-1", "Linen Shirt", "Relaxed", "Linen Shirt", "Navy", "M", "IM-1-NAVY-M", 10, 9800, 21000, 65.5, null, null, null, null, null, "By the unit", null]);
    const roundTrip = await readXlsx(await writeXlsx(rows));
    expect(roundTrip[1].slice(0, 8)).toEqual(rows[1].slice(0, 8).map((v) => (v === null ? "" : String(v))));
  });

  it("refuses an import id of another brand", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    const preview = await previewImportAction(csvFile(GOOD));
    const importId = preview.ok && preview.data.ok ? preview.data.importId : "";
    await actAs(b.staff);
    expect(await applyImportChunkAction({ importId, chunk: 0 })).toMatchObject({ ok: false, code: "IMPORT_EXPIRED" });
    expect(await prisma.product.count({ where: { brandId: { in: [a.brand.id, b.brand.id] } } })).toBe(0);
  });

  it("imports a 10,000-row file in chunks in reasonable time", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const rows: (string | number)[][] = [];
    for (let p = 0; p < 1000; p++) {
      for (let s = 0; s < 10; s++) rows.push([`BIG-${p}`, `Product ${p}`, "", `Product ${p}`, `Colour ${s % 5}`, `S${s}`, `BIG-${p}-${s}`, s, 1000 + p, 2000 + p, "10.00", ""]);
    }
    const started = Date.now();
    const { preview, results } = await importAll(csvFile(rows));
    const seconds = (Date.now() - started) / 1000;
    expect(preview.summary).toMatchObject({ rows: 10_000, productsCreated: 1000, skusCreated: 10_000 });
    expect(preview.chunks).toBe(5);
    expect(results.map((r) => r.rowsDone)).toEqual([2000, 4000, 6000, 8000, 10_000]);
    expect(await prisma.sku.count({ where: { brandId: a.brand.id } })).toBe(10_000);
    expect(await prisma.skuPrice.count({ where: { sku: { brandId: a.brand.id } } })).toBe(20_000);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});

const JAPANESE_HEADER = ["商品ID", "商品名", "説明", "納品書用商品名", "カラー", "サイズ", "SKUコード", "在庫", "卸価格 (JPY)", "上代（JPY）"];

function japaneseCsv(rows: (string | number)[][], header = JAPANESE_HEADER) {
  const form = new FormData();
  form.set("file", new File([toCsv([header, ...rows])], "商品.csv", { type: "text/csv" }));
  return form;
}

describe("spreadsheet import in Japanese", () => {
  it("a Japanese staff member reads each row's problem in Japanese, by the file's own column names", async () => {
    const a = await createBrand();
    await prisma.user.update({ where: { id: a.staff.id }, data: { language: "JA" } });
    await actAs(a.staff);
    setRequestHeaders({ "x-app-path": "/admin/products/import" });
    const bad = [
      ["", "IDなし", "", "", "赤", "S", "J-1", 1, 100, ""], // row 2
      ["B-2", "在庫不正", "", "", "赤", "S", "J-2", "たくさん", 100, ""], // row 3
      ["B-3", "価格不正", "", "", "赤", "S", "J-3", 1, "12円", ""], // row 4
      ["B-4", "重複", "", "", "赤", "S", "J-3", 1, 100, ""], // row 5
      ["B-2", "別名", "", "", "青", "S", "J-5", 1, 100, ""], // row 6
      ["B-6", "上代のみ", "", "", "赤", "S", "J-6", 1, "", 2000], // row 7
    ];
    const result = await previewImportAction(japaneseCsv(bad));
    expect(result.ok && !result.data.ok).toBe(true);
    const errors = result.ok && !result.data.ok ? result.data.errors : [];
    expect(errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: "商品ID", message: "商品IDを入力してください。" },
        { row: 3, column: "在庫", message: "0以上の整数を入力してください。" },
        { row: 4, column: "卸価格 (JPY)", message: "1200や12.50のような金額を入力してください。" },
        { row: 5, column: "SKUコード", message: "SKUコードJ-3は4行目にもあります。" },
        { row: 6, column: "商品名", message: "商品ID B-2は3行目で「在庫不正」という商品名です。同じ商品の行にはすべて同じ商品名を入力してください。" },
        { row: 7, column: "卸価格 (JPY)", message: "上代を入力する場合は卸価格も入力してください。" },
      ]),
    );
    // English headers are read as well; a missing column is named as the template names it.
    const form = new FormData();
    form.set("file", new File(["Name,Price\r\nShirt,100\r\n"], "x.csv"));
    const noColumns = await previewImportAction(form);
    expect(noColumns.ok && !noColumns.data.ok && noColumns.data.errors[0]).toEqual({
      row: 1,
      column: "Product ID",
      message: "見出し行に「Product ID」列がありません。テンプレートをダウンロードして列名をご確認ください。",
    });
    expect(await previewImportAction(new FormData())).toMatchObject({ ok: false, message: "CSVまたはXLSXファイルを選んでください。", fieldErrors: { file: "CSVまたはXLSXファイルを選んでください。" } });
    const broken = new FormData();
    broken.set("file", new File([new Uint8Array([0x50, 0x4b, 1, 2, 3])], "x.xlsx"));
    expect(await previewImportAction(broken)).toMatchObject({ ok: false, fieldErrors: { file: "x.xlsxをExcelブックとして読み込めませんでした。" } });
    expect(await applyImportChunkAction({ importId: "not-an-import", chunk: 0 })).toMatchObject({ ok: false, code: "IMPORT_EXPIRED", message: "このインポートは利用できなくなりました。もう一度ファイルをアップロードしてください。" });
    expect(await prisma.product.count({ where: { brandId: a.brand.id } })).toBe(0);
  });

  it("imports a file with the Japanese column headers like one with the English ones", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    // 品番 is read as the product ID as well.
    const { results } = await importAll(japaneseCsv([
      ["JP-1", "リネンシャツ", "洗いざらし", "リネンシャツ", "ネイビー", "M", "JP-1-NV-M", 8, "9,800", 21000],
      ["JP-1", "リネンシャツ", "", "", "ネイビー", "L", "JP-1-NV-L", "", 9800, ""],
    ], ["品番", ...JAPANESE_HEADER.slice(1)]));
    expect(results.at(-1)).toMatchObject({ done: true, rowsDone: 2, productsCreated: 1, skusCreated: 2 });
    const sku = await prisma.sku.findFirstOrThrow({ where: { brandId: a.brand.id, code: "JP-1-NV-M" }, include: { prices: true, product: true } });
    expect(sku).toMatchObject({ color: "ネイビー", size: "M", stockQuantity: 8, product: { name: "リネンシャツ", description: "洗いざらし", deliveryName: "リネンシャツ" } });
    expect(sku.prices).toEqual([expect.objectContaining({ currency: "JPY", wholesalePrice: 9800, retailPrice: 21000 })]);
    // The export keeps the documented English headers; the template's example row is in the reader's language.
    expect((await exportRows(a.brand.id, "JPY"))[0]).toEqual([...HEADER.slice(0, 10), ...RULE_COLUMNS]);
    const template = await templateRows(a.brand.id, "JPY", "ja");
    expect(template[0]).toEqual([...HEADER.slice(0, 10), ...RULE_COLUMNS]);
    expect(template[1].slice(10)).toEqual([null, null, null, null, "単品販売", null]);
    expect(template[1].slice(0, 5)).toEqual(["P-1001", "リネンシャツ", "洗いをかけたリネン、ゆったりしたシルエット。", "リネンシャツ（P-1001）", "ネイビー"]);
  });
});
