import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addProductImageAction, adjustStockAction, archiveProductAction, saveProductAction } from "@/lib/products/actions";
import { listProducts } from "@/lib/products/queries";
import type { ProductFormInput } from "@/lib/products/schemas";
import { pageParams } from "@/lib/pagination/page-params";
import { createBrand } from "../../support/fixtures";
import { actAs, revalidatedPaths, setRequestHeaders } from "../../support/next-request";

function productInput(code: string, overrides: Partial<ProductFormInput> = {}): ProductFormInput {
  return {
    productCode: code,
    name: "Linen Shirt",
    description: "Relaxed fit",
    deliveryName: "Linen Shirt",
    discountRate: "",
    currencies: ["JPY", "USD"],
    skus: [
      { code: `${code}-NAVY-M`, color: "Navy", size: "M", stockQuantity: 5, prices: [{ currency: "JPY", wholesalePrice: 9800, retailPrice: 21000 }, { currency: "USD", wholesalePrice: 65.5, retailPrice: "" }] },
      { code: `${code}-NAVY-L`, color: "Navy", size: "L", stockQuantity: 0, prices: [{ currency: "JPY", wholesalePrice: 9800, retailPrice: "" }, { currency: "USD", wholesalePrice: 65.5, retailPrice: "" }] },
    ],
    ...overrides,
  };
}

describe("products", () => {
  it("creates a product with its SKU matrix, prices in minor units and initial stock logged", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const result = await saveProductAction({ product: productInput("P-1") });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const product = await prisma.product.findUniqueOrThrow({ where: { id }, include: { skus: { include: { prices: true }, orderBy: { position: "asc" } } } });
    expect(product.skus.map((s) => s.code)).toEqual(["P-1-NAVY-M", "P-1-NAVY-L"]);
    expect(product.skus[0].prices.find((p) => p.currency === "USD")).toMatchObject({ wholesalePrice: 6550, retailPrice: null });
    expect(product.skus[0].prices.find((p) => p.currency === "JPY")).toMatchObject({ wholesalePrice: 9800, retailPrice: 21000 });
    expect(await prisma.stockMovement.count({ where: { skuId: product.skus[0].id, delta: 5 } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "product.create" } })).toBe(1);
    expect(revalidatedPaths()).toContain("/admin/products");
  });

  it("lists products with SKU count and total stock, searched by name, product ID or SKU code", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    const created = [];
    for (const code of ["LS-1", "LS-2", "TEE-9"]) {
      const r = await saveProductAction({ product: productInput(code, code.startsWith("TEE") ? { name: "Pocket Tee" } : {}) });
      if (!r.ok) throw new Error(r.message);
      created.push(r.data.id);
    }
    await actAs(b.staff);
    expect((await saveProductAction({ product: productInput("LS-1") })).ok).toBe(true);

    const list = (q: string, page = pageParams({})) => listProducts(a.brand.id, { q, status: "active" }, page);
    const found = (result: Awaited<ReturnType<typeof list>>) => result.rows.map((r) => r.productCode);
    const all = await list("");
    // Newest first; each product's two SKUs hold 5 + 0 units. The demo brand's own products come after.
    expect(all.rows.slice(0, 3).map((r) => [r.productCode, r.skuCount, r.totalStock])).toEqual([["TEE-9", 2, 5], ["LS-2", 2, 5], ["LS-1", 2, 5]]);
    expect(found(await list("pocket"))).toEqual(["TEE-9"]);
    expect(found(await list("ls-"))).toEqual(["LS-2", "LS-1"]);
    expect(found(await list("LS-2-NAVY"))).toEqual(["LS-2"]);
    expect(found(await list("nothing-like-it"))).toEqual([]);
    const secondPage = await list("LS-", pageParams({ page: "2" }, 1));
    expect([secondPage.total, found(secondPage)]).toEqual([2, ["LS-1"]]);
  });

  it("explains each bad field and writes nothing", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const bad = productInput("", {
      name: "",
      discountRate: "120",
      skus: [
        { code: "A 1", color: "", size: "M", stockQuantity: -1, prices: [{ currency: "JPY", wholesalePrice: -5, retailPrice: "" }] },
        { code: "B", color: "Navy", size: "M", stockQuantity: 0, prices: [{ currency: "JPY", wholesalePrice: 1, retailPrice: "" }] },
      ],
    });
    const result = await saveProductAction({ product: bad });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    const errors = result.ok ? {} : result.fieldErrors!;
    expect(errors["product.productCode"]).toBe("Enter the product ID / model number.");
    expect(errors["product.name"]).toBe("Enter the product name.");
    expect(errors["product.discountRate"]).toBe("Enter a number from 0 to 100.");
    expect(errors["product.skus.0.code"]).toBe("No spaces or commas in a SKU code.");
    expect(errors["product.skus.0.color"]).toBe("Enter the colour.");
    expect(errors["product.skus.0.stockQuantity"]).toBe("Stock cannot be negative.");
    expect(errors["product.skus.0.prices.0.wholesalePrice"]).toBe("The wholesale price cannot be negative.");
    expect(errors["product.skus.1.prices"]).toBe("Enter the USD wholesale price.");
    expect(await prisma.product.count({ where: { brandId: a.brand.id } })).toBe(0);
  });

  it("refuses a product ID or SKU code another product of the brand uses, but not another brand's", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    expect((await saveProductAction({ product: productInput("P-1") })).ok).toBe(true);
    const dup = await saveProductAction({ product: productInput("P-1") });
    expect(dup).toMatchObject({ ok: false, fieldErrors: { productCode: "Product ID P-1 is already used by another product." } });
    const skuDup = await saveProductAction({ product: productInput("P-2", { skus: [{ ...productInput("P-1").skus[0] }] }) });
    expect(skuDup).toMatchObject({ ok: false, fieldErrors: { "skus.0.code": "SKU code P-1-NAVY-M is already used by another product." } });
    await actAs(b.staff);
    expect((await saveProductAction({ product: productInput("P-1") })).ok).toBe(true);
  });

  it("edits a product: keeps SKU stock, adds and removes SKUs", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const created = await saveProductAction({ product: productInput("P-1") });
    const id = created.ok ? created.data.id : "";
    const skus = await prisma.sku.findMany({ where: { productId: id }, orderBy: { position: "asc" } });
    const edit = productInput("P-1", { name: "Linen Shirt II" });
    edit.skus = [
      { ...edit.skus[0], id: skus[0].id, stockQuantity: 999 },
      { code: "P-1-IVORY-M", color: "Ivory", size: "M", stockQuantity: 3, prices: edit.skus[0].prices },
    ];
    expect((await saveProductAction({ id, product: edit })).ok).toBe(true);
    const after = await prisma.sku.findMany({ where: { productId: id }, orderBy: { position: "asc" } });
    expect(after.map((s) => [s.code, s.stockQuantity])).toEqual([["P-1-NAVY-M", 5], ["P-1-IVORY-M", 3]]);
    expect((await prisma.product.findUniqueOrThrow({ where: { id } })).name).toBe("Linen Shirt II");
  });

  it("answers another brand's product with not found and changes nothing", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    const created = await saveProductAction({ product: productInput("P-1") });
    const id = created.ok ? created.data.id : "";
    const sku = await prisma.sku.findFirstOrThrow({ where: { productId: id } });
    await actAs(b.owner);
    expect(await saveProductAction({ id, product: productInput("P-9") })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await archiveProductAction({ id, archived: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await adjustStockAction({ skuId: sku.id, delta: 5, reason: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const product = await prisma.product.findUniqueOrThrow({ where: { id }, include: { skus: true } });
    expect(product).toMatchObject({ productCode: "P-1", archivedAt: null });
    expect(product.skus.find((s) => s.id === sku.id)?.stockQuantity).toBe(sku.stockQuantity);
  });

  it("archives once when two people click at once", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const created = await saveProductAction({ product: productInput("P-1") });
    const id = created.ok ? created.data.id : "";
    const results = await Promise.all(Array.from({ length: 5 }, () => archiveProductAction({ id, archived: true })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.message === "This product was already archived by someone else.")).toBe(true);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "product.archive" } })).toBe(1);
    expect((await archiveProductAction({ id, archived: false })).ok).toBe(true);
  });

  it("adjusts stock with a reason, never below zero under concurrent adjustments", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const created = await saveProductAction({ product: productInput("P-1") });
    const sku = await prisma.sku.findFirstOrThrow({ where: { productId: created.ok ? created.data.id : "", code: "P-1-NAVY-M" } });
    expect(await adjustStockAction({ skuId: sku.id, delta: 3, reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: "Enter the reason for the adjustment." } });
    expect(await adjustStockAction({ skuId: sku.id, delta: 0, reason: "count" })).toMatchObject({ ok: false, fieldErrors: { delta: "Enter a change other than zero." } });
    // Stock 5: of four "-2" adjustments at once exactly two fit.
    const results = await Promise.all(Array.from({ length: 4 }, () => adjustStockAction({ skuId: sku.id, delta: -2, reason: "Damaged" })));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "STOCK_SHORT" });
    expect((await prisma.sku.findUniqueOrThrow({ where: { id: sku.id } })).stockQuantity).toBe(1);
    expect(await prisma.stockMovement.count({ where: { skuId: sku.id, reason: "Damaged" } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { entityId: sku.id, action: "stock.adjust" } })).toBe(2);
  });

  it("lets an Ops member not manage products", async () => {
    const a = await createBrand();
    await actAs(a.ops);
    expect(await saveProductAction({ product: productInput("P-1") })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("products in Japanese", () => {
  it("a Japanese staff member reads the form's field errors and the actions' errors in Japanese", async () => {
    const a = await createBrand();
    await prisma.user.update({ where: { id: a.staff.id }, data: { language: "JA" } });
    await actAs(a.staff);
    setRequestHeaders({ "x-app-path": "/admin/products/new" });
    const bad = productInput("", {
      name: "",
      discountRate: "12.345",
      skus: [
        { code: "A 1", color: "", size: "M", stockQuantity: 1.5, prices: [{ currency: "JPY", wholesalePrice: "", retailPrice: -1 }] },
        { code: "B", color: "Navy", size: "M", stockQuantity: 0, prices: [{ currency: "JPY", wholesalePrice: 1, retailPrice: "" }] },
      ],
    });
    const result = await saveProductAction({ product: bad });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", message: "入力内容をご確認ください。" });
    const errors = result.ok ? {} : result.fieldErrors!;
    expect(errors["product.productCode"]).toBe("商品ID / 型番を入力してください。");
    expect(errors["product.name"]).toBe("商品名を入力してください。");
    expect(errors["product.discountRate"]).toBe("小数点以下は2桁までにしてください。");
    expect(errors["product.skus.0.code"]).toBe("SKUコードに空白やカンマは使えません。");
    expect(errors["product.skus.0.color"]).toBe("カラーを入力してください。");
    expect(errors["product.skus.0.stockQuantity"]).toBe("整数で入力してください。");
    expect(errors["product.skus.0.prices.0.wholesalePrice"]).toBe("卸価格を入力してください。");
    expect(errors["product.skus.0.prices.0.retailPrice"]).toBe("上代にマイナスは使えません。");
    const noUsd = productInput("JA-0");
    noUsd.skus[1].prices = [noUsd.skus[1].prices[0]];
    expect(await saveProductAction({ product: noUsd })).toMatchObject({ ok: false, fieldErrors: { "product.skus.1.prices": "USDの卸価格を入力してください。" } });

    const created = await saveProductAction({ product: productInput("JA-1") });
    const id = created.ok ? created.data.id : "";
    expect(await saveProductAction({ product: productInput("JA-1") })).toMatchObject({ ok: false, fieldErrors: { productCode: "商品ID JA-1はほかの商品で使われています。" } });
    const sku = await prisma.sku.findFirstOrThrow({ where: { productId: id, code: "JA-1-NAVY-M" } });
    expect(await adjustStockAction({ skuId: sku.id, delta: -9, reason: "棚卸し" })).toMatchObject({
      ok: false,
      code: "STOCK_SHORT",
      message: "JA-1-NAVY-Mの在庫は5点のみです。在庫はゼロ未満にできません。",
      fieldErrors: { delta: "減らせるのは5点までです。" },
    });
    expect(await adjustStockAction({ skuId: sku.id, delta: 0, reason: "" })).toMatchObject({ ok: false, fieldErrors: { delta: "0以外の数を入力してください。", reason: "調整の理由を入力してください。" } });
    expect((await archiveProductAction({ id, archived: true })).ok).toBe(true);
    expect(await archiveProductAction({ id, archived: true })).toMatchObject({ ok: false, message: "この商品はほかの人がすでにアーカイブしました。" });

    const upload = (file: File) => {
      const form = new FormData();
      form.set("productId", id);
      form.set("file", file);
      return addProductImageAction(form);
    };
    expect(await upload(new File(["not an image at all"], "fake.png", { type: "image/png" }))).toMatchObject({
      ok: false,
      message: "対応していない画像形式です。",
      fieldErrors: { file: "fake.pngはJPEG、PNG、WebP、GIFのいずれの画像でもありません。" },
    });
    expect(await upload(new File([], "empty.png"))).toMatchObject({ ok: false, fieldErrors: { file: "画像ファイルを選んでください。" } });
  });
});
