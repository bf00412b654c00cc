// Products and SKUs through the integration API: the upsert by product ID and SKU code runs the
// spreadsheet import's own checks and writer (field messages point into the JSON, stock changes
// are logged as import movements), reads carry prices, stock and order rules.
import { describe, expect, it } from "vitest";
import { GET as getProduct, PUT as upsert } from "@/app/api/v1/products/[productCode]/route";
import { GET as listProducts } from "@/app/api/v1/products/route";
import { GET as getSku } from "@/app/api/v1/skus/[code]/route";
import { GET as listSkus } from "@/app/api/v1/skus/route";
import { prisma } from "@/lib/db/client";
import { callApi, createTestKey } from "../../support/api-client";
import { createBrand } from "../../support/fixtures";

const body = (over: Record<string, unknown> = {}) => ({
  name: "Linen Shirt",
  deliveryName: "Linen Shirt",
  skus: [
    { code: "LS-NAV-M", color: "Navy", size: "M", stock: 40, prices: [{ currency: "JPY", wholesalePrice: 6800, retailPrice: 13600 }, { currency: "USD", wholesalePrice: 4550 }] },
    { code: "LS-NAV-L", color: "Navy", size: "L", prices: [{ currency: "JPY", wholesalePrice: 6800 }] },
  ],
  ...over,
});

describe("products API", () => {
  it("creates a product with its SKUs, then updates by product ID and SKU code without touching what was not sent", async () => {
    const f = await createBrand();
    const key = await createTestKey(f, ["products:read", "products:write"], "PIM");
    const created = await callApi(upsert, "/products/LS-1", { key, method: "PUT", params: { productCode: "LS-1" }, body: body() });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ productCode: "LS-1", name: "Linen Shirt", archived: false, rules: { saleMode: "SINGLES", prepacks: [] } });
    expect(created.json.skus.map((s: { code: string; stock: number }) => [s.code, s.stock])).toEqual([["LS-NAV-M", 40], ["LS-NAV-L", 0]]);
    expect(created.json.skus[0].prices).toEqual([{ currency: "JPY", wholesalePrice: 6800, retailPrice: 13600 }, { currency: "USD", wholesalePrice: 4550, retailPrice: null }]);

    const updated = await callApi(upsert, "/products/LS-1", {
      key, method: "PUT", params: { productCode: "LS-1" },
      body: { name: "Linen Shirt II", skus: [{ code: "LS-NAV-M", color: "Navy", size: "M", stock: 35, prices: [{ currency: "JPY", wholesalePrice: 7000 }] }] },
    });
    expect(updated.status).toBe(200);
    expect(updated.json.name).toBe("Linen Shirt II");
    expect(updated.json.deliveryName).toBe("Linen Shirt");
    const [m, l] = updated.json.skus;
    expect([m.code, m.stock, m.prices]).toEqual(["LS-NAV-M", 35, [{ currency: "JPY", wholesalePrice: 7000, retailPrice: null }, { currency: "USD", wholesalePrice: 4550, retailPrice: null }]]);
    expect(l.code).toBe("LS-NAV-L");
    const movements = await prisma.stockMovement.findMany({ where: { brandId: f.brand.id }, orderBy: { createdAt: "asc" } });
    expect(movements.map((mv) => [mv.delta, mv.reason, mv.actorUserId])).toEqual([[40, "Import", null], [-5, "Import", null]]);
    const audit = await prisma.auditEvent.findMany({ where: { brandId: f.brand.id, action: "products.api-upsert" } });
    expect(audit).toHaveLength(2);
    expect(audit[0].actorLabel).toContain("PIM");

    const fetched = await callApi(getProduct, "/products/LS-1", { key, params: { productCode: "LS-1" } });
    expect(fetched.json).toEqual(updated.json);
    const sku = await callApi(getSku, "/skus/LS-NAV-L", { key, params: { code: "LS-NAV-L" } });
    expect(sku.json).toMatchObject({ code: "LS-NAV-L", productCode: "LS-1", stock: 0 });
    const skus = await callApi(listSkus, "/skus?product=LS-1", { key });
    expect(skus.json.data.map((s: { code: string }) => s.code).sort()).toEqual(["LS-NAV-L", "LS-NAV-M"]);
    const products = await callApi(listProducts, "/products", { key });
    expect(products.json).toMatchObject({ data: [{ productCode: "LS-1" }], nextCursor: null });
  });

  it("refuses what the import refuses, with its messages on the JSON fields, and writes nothing", async () => {
    const f = await createBrand();
    const key = await createTestKey(f);
    const bad = await callApi(upsert, "/products/LS-2", {
      key, method: "PUT", params: { productCode: "LS-2" },
      body: body({ skus: [
        { code: "LS 2", color: "", size: "M", stock: -1, prices: [{ currency: "JPY", wholesalePrice: 10 }] },
        { code: "LS-2-A", color: "Navy", size: "M", prices: [{ currency: "ZZZ", wholesalePrice: 1.5 }] },
      ] }),
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["skus.0.code", "skus.0.color", "skus.0.stock", "skus.1.prices.0.currency", "skus.1.prices.0.wholesalePrice"]);

    const twice = await callApi(upsert, "/products/LS-3", {
      key, method: "PUT", params: { productCode: "LS-3" },
      body: body({ skus: [
        { code: "LS-3-A", color: "Navy", size: "M", prices: [{ currency: "JPY", wholesalePrice: 10 }] },
        { code: "LS-3-A", color: "navy", size: "m", prices: [{ currency: "JPY", wholesalePrice: 10 }] },
      ] }),
    });
    expect(twice.status).toBe(422);
    expect(Object.keys(twice.json.error.fields).sort()).toEqual(["skus.1.code", "skus.1.size"]);

    // A SKU code another product of the brand has: the import's database check.
    await callApi(upsert, "/products/LS-4", { key, method: "PUT", params: { productCode: "LS-4" }, body: body() });
    const taken = await callApi(upsert, "/products/LS-5", { key, method: "PUT", params: { productCode: "LS-5" }, body: body(), headers: { "accept-language": "ja" } });
    expect(taken.status).toBe(422);
    expect(taken.json.error.fields["skus.0.code"]).toContain("LS-4");
    expect(await prisma.product.count({ where: { brandId: f.brand.id } })).toBe(1);
  });

  it("keeps product IDs and SKU codes per brand: another brand's code is not found, and upserting it makes the key's own product", async () => {
    const f = await createBrand();
    const other = await createBrand();
    const key = await createTestKey(f);
    const theirs = await createTestKey(other);
    await callApi(upsert, "/products/SHARED", { key: theirs, method: "PUT", params: { productCode: "SHARED" }, body: body() });
    const read = await callApi(getProduct, "/products/SHARED", { key, params: { productCode: "SHARED" } });
    expect(read.status).toBe(404);
    const sku = await callApi(getSku, "/skus/LS-NAV-M", { key, params: { code: "LS-NAV-M" } });
    expect(sku.status).toBe(404);
    const own = await callApi(upsert, "/products/SHARED", { key, method: "PUT", params: { productCode: "SHARED" }, body: body({ name: "Ours" }) });
    expect(own.status).toBe(200);
    const stillTheirs = await prisma.product.findUniqueOrThrow({ where: { brandId_productCode: { brandId: other.brand.id, productCode: "SHARED" } } });
    expect(stillTheirs.name).toBe("Linen Shirt");
  });
});
