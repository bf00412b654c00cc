// The report downloads (app/admin/reports/export/[report]): every row of the report with the
// filters of the page, headers in the viewer's language, amounts as in the Order Management export
// beside a currency column, formulas neutralised; XLSX with numbers a spreadsheet can add; 404 for
// OPS, for a member without a brand, and for another brand's link, buyer or product.
import { describe, expect, it } from "vitest";
import { GET as exportReport } from "@/app/admin/reports/export/[report]/route";
import { prisma } from "@/lib/db/client";
import { readXlsx } from "@/lib/import/xlsx";
import { createBrand } from "../../support/fixtures";
import { actAs, setRequestHeaders } from "../../support/next-request";
import { createReportOrders, createReportProduct } from "../../support/report-orders";

type Fixture = Awaited<ReturnType<typeof createBrand>>;

function download(report: string, query: string) {
  return exportReport(new Request(`http://localhost/admin/reports/export/${report}?${query}`), { params: Promise.resolve({ report }) });
}

/** The CSV as rows of cells (every cell is quoted by the export). */
async function csvRows(response: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A BOM first, so Excel reads the UTF-8 (Japanese names) correctly.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder()
    .decode(bytes)
    .trim()
    .split("\r\n")
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')));
}

/**
 * A brand in Tokyo time with one season and a product: two orders of one buyer on 2026-03-02 (one
 * placed at 23:30 UTC on 1 March, which is already the 2nd in Tokyo), one of the other buyer on
 * 2026-03-05, a cancelled order (left out by default) and a USD order (another currency).
 */
async function fixture() {
  const f = await createBrand();
  await prisma.brand.update({ where: { id: f.brand.id }, data: { timeZone: "Asia/Tokyo" } });
  const catalog = await prisma.catalog.create({ data: { brandId: f.brand.id, name: "SS26", season: "SS26" } });
  const product = await createReportProduct(prisma, f.brand.id, { name: "=HYPERLINK(\"x\") Linen Shirt", colors: ["Navy"], sizes: ["S", "M"], stock: [4, 0] });
  const [s, m] = product.skus;
  await createReportOrders(prisma, f.brand, [
    { buyerId: f.buyer.id, catalogId: catalog.id, placedAt: new Date("2026-03-01T23:30:00Z"), lines: [{ sku: s, quantity: 2, unitPrice: 5000 }] },
    { buyerId: f.buyer.id, catalogId: catalog.id, placedAt: new Date("2026-03-02T03:00:00Z"), lines: [{ sku: m, quantity: 1, unitPrice: 5000 }] },
    { buyerId: f.offlineBuyer.id, catalogId: catalog.id, placedAt: new Date("2026-03-05T01:00:00Z"), lines: [{ sku: s, quantity: 3, unitPrice: 4000 }, { sku: m, quantity: 1, unitPrice: 4000 }] },
    { buyerId: f.offlineBuyer.id, catalogId: catalog.id, placedAt: new Date("2026-03-05T02:00:00Z"), status: "CANCELLED", lines: [{ sku: s, quantity: 9, unitPrice: 5000 }] },
    { buyerId: f.buyer.id, catalogId: catalog.id, currency: "USD", placedAt: new Date("2026-03-05T02:00:00Z"), lines: [{ sku: s, quantity: 1, unitPrice: 2500 }] },
  ]);
  return { f, catalog, product };
}

async function asStaff(f: Fixture, language: "EN" | "JA" = "EN") {
  await prisma.user.update({ where: { id: f.staff.id }, data: { language } });
  await actAs(f.staff, { brandId: f.brand.id });
  setRequestHeaders({ "x-app-path": "/admin/reports" });
}

const RANGE = "currency=JPY&from=2026-03-01&to=2026-03-07";

describe("report downloads", { timeout: 120_000 }, () => {
  it("the sales CSV has the report's periods and numbers, in the brand's days, in one currency", async () => {
    const { f, catalog } = await fixture();
    await asStaff(f);
    const response = await download("sales", `${RANGE}&catalog=${catalog.id}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="report-sales-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = await csvRows(response);
    expect(header).toEqual(["Period", "Orders", "Units", "Value", "Currency"]);
    // Days without orders may be listed with zeros; the days with orders are exactly these.
    expect(rows.filter((r) => r[1] !== "0")).toEqual([
      ["2026-03-02", "2", "3", "¥15,000", "JPY"],
      ["2026-03-05", "1", "4", "¥16,000", "JPY"],
    ]);
    expect(rows.every((r) => r[4] === "JPY")).toBe(true);
  });

  it("the products CSV lists every product with stock and sell-through, and neutralises a formula in a name", async () => {
    const { f, product } = await fixture();
    await asStaff(f);
    const [header, ...rows] = await csvRows(await download("products", `${RANGE}&format=csv`));
    expect(header).toEqual(["Product ID", "Product name", "Order lines", "Units", "Value", "Stock on hand", "Allocated at release", "Sell-through", "Sold-out SKUs", "Currency"]);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 2)).toEqual([product.productCode, "'=HYPERLINK(\"x\") Linen Shirt"]);
    // Four order lines (the order with both sizes holds two), 7 units, ¥31,000, 4 in stock.
    expect(rows[0].slice(2, 6)).toEqual(["4", "7", "¥31,000", "4"]);
    expect(rows[0][9]).toBe("JPY");
  });

  it("the buyers XLSX keeps amounts as numbers in major units, and headers follow the viewer's language", async () => {
    const { f } = await fixture();
    await asStaff(f, "JA");
    const response = await download("buyers", `${RANGE}&format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const [header, ...rows] = await readXlsx(new Uint8Array(await response.arrayBuffer()));
    expect(header.slice(0, 5)).toEqual(["バイヤー", "国", "注文数", "数量", "金額"]);
    const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
    expect(byName[f.offlineBuyer.name].slice(2, 5)).toEqual(["1", "4", "16000"]);
    expect(byName[f.buyer.name].slice(2, 5)).toEqual(["2", "3", "15000"]);
  });

  it("the buyer filter narrows the download to that buyer", async () => {
    const { f } = await fixture();
    await asStaff(f);
    const [, ...rows] = await csvRows(await download("sales", `${RANGE}&buyer=${f.offlineBuyer.id}&format=csv`));
    expect(rows.filter((r) => r[1] !== "0")).toEqual([["2026-03-05", "1", "4", "¥16,000", "JPY"]]);
  });

  it("OPS, a buyer user, another brand's buyer, link or product, and an unknown report get 404", async () => {
    const { f, product } = await fixture();
    const other = await createBrand();
    const theirLink = await prisma.orderLink.create({ data: { brandId: other.brand.id, type: "INSTANT", token: `t-${other.brand.id}`, name: "Their link" } });
    const theirProduct = await createReportProduct(prisma, other.brand.id, { name: "Their product", colors: ["Red"], sizes: ["M"], stock: [1] });

    await actAs(f.ops, { brandId: f.brand.id });
    expect((await download("sales", "format=csv")).status).toBe(404);
    await actAs(f.buyerUser);
    expect((await download("sales", "format=csv")).status).toBe(404);

    await asStaff(f);
    expect((await download("sales", "format=csv")).status).toBe(200);
    expect((await download("sales", `buyer=${other.buyer.id}&format=csv`)).status).toBe(404);
    expect((await download("channels", `link=${theirLink.id}&format=csv`)).status).toBe(404);
    expect((await download("product", `product=${theirProduct.id}&format=csv`)).status).toBe(404);
    expect((await download("product", `product=${product.id}&format=csv`)).status).toBe(200);
    expect((await download("everything", "format=csv")).status).toBe(404);
    expect((await download("sales", "format=pdf")).status).toBe(404);
  });
});
