import { describe, expect, it } from "vitest";
import { resolveBuyerBrand } from "@/lib/buyer-app/brand-access";
import { BUYER_CATALOG_PAGE_SIZE, getBuyerCatalog, listBuyerCatalogs, listBuyerOrders, listConnectedBrands } from "@/lib/buyer-app/queries";
import { disconnectBuyerAction, reconnectBuyerAction } from "@/lib/buyers/actions";
import { prisma } from "@/lib/db/client";
import type { CatalogStatus } from "@/lib/db/generated/enums";
import { actAs } from "../../support/next-request";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { createProductWithSkus } from "../../support/shipping-orders";

const DAY = 86_400_000;

async function catalog(f: BrandFixture, name: string, status: CatalogStatus, extra: { publishedInDays?: number; limitedTo?: string[]; discountRate?: number } = {}) {
  return prisma.catalog.create({
    data: {
      brandId: f.brand.id, name, status, discountRate: extra.discountRate,
      publicationDate: new Date(Date.now() + (extra.publishedInDays ?? -1) * DAY),
      buyerAccess: extra.limitedTo ? { create: extra.limitedTo.map((buyerId) => ({ buyerId })) } : undefined,
    },
  });
}

async function productIn(f: BrandFixture, catalogId: string, opts: { productRate?: number; catalogProductRate?: number; prices: Record<string, number> }) {
  const code = `P-${Math.random().toString(36).slice(2, 8)}`;
  const product = await prisma.product.create({ data: { brandId: f.brand.id, productCode: code, name: `Product ${code}`, discountRate: opts.productRate } });
  await prisma.sku.create({
    data: {
      brandId: f.brand.id, productId: product.id, code: `${code}-S`, color: "Navy", size: "M",
      prices: { create: Object.entries(opts.prices).map(([currency, wholesalePrice]) => ({ currency, wholesalePrice })) },
    },
  });
  await prisma.catalogProduct.create({ data: { catalogId, productId: product.id, discountRate: opts.catalogProductRate } });
  return product;
}

describe("Buyer App brand access (the Closed rule)", () => {
  it("a Connected brand opens with the buyer's terms; after Disconnect it is gone from the list and its pages say 'no longer connected'; Reconnect brings it back", async () => {
    const a = await createBrand();
    expect((await listConnectedBrands(a.buyer.id)).map((b) => b.id)).toEqual([a.brand.id]);
    expect(await resolveBuyerBrand(a.buyer.id, a.brand.id)).toMatchObject({ state: "connected", brand: { id: a.brand.id }, terms: { currency: "JPY" } });

    await actAs(a.staff);
    await disconnectBuyerAction({ buyerId: a.buyer.id });
    // Read fresh on every request: a session already open is refused at its next page.
    expect(await listConnectedBrands(a.buyer.id)).toEqual([]);
    expect(await resolveBuyerBrand(a.buyer.id, a.brand.id)).toEqual({ state: "closed", brand: { id: a.brand.id, name: a.brand.name } });

    await reconnectBuyerAction({ buyerId: a.buyer.id });
    expect((await listConnectedBrands(a.buyer.id)).map((b) => b.id)).toEqual([a.brand.id]);
    expect(await resolveBuyerBrand(a.buyer.id, a.brand.id)).toMatchObject({ state: "connected" });
  });

  it("a brand the organization has no connection with is not found (another organization's brand)", async () => {
    const a = await createBrand();
    const b = await createBrand();
    expect(await resolveBuyerBrand(a.buyer.id, b.brand.id)).toBeNull();
    expect(await resolveBuyerBrand(b.buyer.id, a.brand.id)).toBeNull();
  });
});

describe("Buyer App catalogs", () => {
  it("lists Open catalogs and Limited ones granted to this buyer, never Closed, unpublished or other buyers' Limited", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await catalog(a, "Open now", "OPEN");
    await catalog(a, "Limited for me", "LIMITED", { limitedTo: [a.buyer.id] });
    await catalog(a, "Limited for someone else", "LIMITED", { limitedTo: [a.offlineBuyer.id] });
    await catalog(a, "Closed", "CLOSED");
    await catalog(a, "Not yet published", "OPEN", { publishedInDays: 5 });
    await catalog(b, "Other brand", "OPEN");
    const names = (await listBuyerCatalogs(a.brand.id, a.buyer.id)).map((c) => c.name).sort();
    expect(names).toEqual(["Limited for me", "Open now"]);
  });

  it("prices SKUs in the buyer's currency through the one price function, with its precedence", async () => {
    const a = await createBrand();
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: a.brand.id, buyerId: a.buyer.id } }, data: { discountRate: 10, currency: "USD" } });
    const terms = { discountRate: 10, currency: "USD", language: "EN" as const, paymentTerms: null };
    const open = await catalog(a, "Open", "OPEN");
    const termsOnly = await productIn(a, open.id, { prices: { USD: 10000, JPY: 1500 } });
    const productRate = await productIn(a, open.id, { productRate: 25, prices: { USD: 10000 } });
    const strongest = await productIn(a, open.id, { productRate: 25, catalogProductRate: 50, prices: { USD: 10000 } });
    const noUsd = await productIn(a, open.id, { prices: { JPY: 1500 } });
    const result = await getBuyerCatalog(a.brand.id, a.buyer.id, open.id, terms);
    const priceOf = (id: string) => result!.products.find((p) => p.id === id)!.skus[0];
    expect(result!.currency).toBe("USD");
    expect(priceOf(termsOnly.id)).toMatchObject({ wholesalePrice: 10000, unitPrice: 9000 });
    expect(priceOf(productRate.id).unitPrice).toBe(7500);
    expect(priceOf(strongest.id).unitPrice).toBe(5000);
    expect(priceOf(noUsd.id)).toMatchObject({ wholesalePrice: null, unitPrice: null });
  });

  it("a large catalog comes a page at a time, archived products left out of pages and count", async () => {
    const a = await createBrand();
    const terms = { discountRate: 0, currency: "JPY", language: "EN" as const, paymentTerms: null };
    const open = await catalog(a, "Big", "OPEN");
    const made = [];
    for (let i = 0; i < BUYER_CATALOG_PAGE_SIZE + 3; i++) made.push(await productIn(a, open.id, { prices: { JPY: 1000 } }));
    await prisma.product.update({ where: { id: made[5].id }, data: { archivedAt: new Date() } });
    const first = await getBuyerCatalog(a.brand.id, a.buyer.id, open.id, terms, 1);
    const second = await getBuyerCatalog(a.brand.id, a.buyer.id, open.id, terms, 2);
    expect([first!.productCount, first!.products.length, second!.products.length]).toEqual([BUYER_CATALOG_PAGE_SIZE + 2, BUYER_CATALOG_PAGE_SIZE, 2]);
    const shown = [...first!.products, ...second!.products].map((p) => p.id);
    expect(new Set(shown)).toEqual(new Set(made.filter((_, i) => i !== 5).map((p) => p.id)));
    expect((await getBuyerCatalog(a.brand.id, a.buyer.id, open.id, terms, 3))!.products).toEqual([]);
  });

  it("another brand's catalog, a Closed one, or another buyer's Limited one is not found", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const terms = { discountRate: 0, currency: "JPY", language: "EN" as const, paymentTerms: null };
    const foreign = await catalog(b, "Other brand", "OPEN");
    const closed = await catalog(a, "Closed", "CLOSED");
    const notMine = await catalog(a, "Limited", "LIMITED", { limitedTo: [a.offlineBuyer.id] });
    for (const id of [foreign.id, closed.id, notMine.id]) {
      expect(await getBuyerCatalog(a.brand.id, a.buyer.id, id, terms)).toBeNull();
    }
  });
});

describe("My orders", () => {
  it("lists the organization's orders across brands and nobody else's", async () => {
    const a = await createBrand();
    const b = await createBrand();
    // Buyer of brand A also trades with brand B.
    await prisma.connection.create({ data: { brandId: b.brand.id, buyerId: a.buyer.id, currency: "JPY" } });
    let n = 0;
    const order = (brandId: string, buyerId: string) =>
      prisma.order.create({
        data: {
          brandId, buyerId, number: ++n, source: "STANDARD_ORDER", placedVia: "USER_ACCOUNT", idempotencyKey: `k-${brandId}-${n}`, currency: "JPY",
          subtotal: 1000, total: 1000, contactName: "x", contactEmail: "x@x.example", shipCountry: "JP", paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP",
        },
      });
    const first = await order(a.brand.id, a.buyer.id);
    await order(b.brand.id, a.buyer.id);
    await order(b.brand.id, b.buyer.id);
    const { skus } = await createProductWithSkus(prisma, a.brand.id, { stock: [5] });
    const sku = await prisma.sku.findUniqueOrThrow({ where: { id: skus[0].id }, include: { product: true } });
    await prisma.orderLine.createMany({
      data: [1, 2].map((position) => ({
        orderId: first.id, skuId: sku.id, productId: sku.productId, position, productCode: sku.product.productCode, productName: sku.product.name,
        skuCode: sku.code, color: sku.color, size: sku.size, quantity: position, unitPrice: 1000, lineTotal: 1000 * position,
      })),
    });
    const mine = await listBuyerOrders(a.buyer.id, { page: 1, pageSize: 25, skip: 0, take: 25 });
    expect(mine.total).toBe(2);
    expect(mine.rows.map((r) => r.lineCount).sort()).toEqual([0, 2]);
    expect(mine.rows.map((r) => r.brand.name).sort()).toEqual([a.brand.name, b.brand.name].sort());
    expect(mine.rows.every((r) => r.status === "PLEASE_CREATE_OC")).toBe(true);
  });
});
