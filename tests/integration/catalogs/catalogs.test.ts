import { describe, expect, it } from "vitest";
import {
  addCatalogProductsAction,
  moveCatalogProductAction,
  removeCatalogProductAction,
  saveCatalogAction,
  searchBuyerOptionsAction,
  setCatalogProductOverrideAction,
} from "@/lib/catalogs/actions";
import { catalogSkuPrices } from "@/lib/catalogs/catalog-prices";
import { catalogFormOptions } from "@/lib/catalogs/form-options";
import { BUYER_OPTION_LIMIT, listCatalogProducts } from "@/lib/catalogs/queries";
import type { CatalogFormInput } from "@/lib/catalogs/schemas";
import { prisma } from "@/lib/db/client";
import { pageParams } from "@/lib/pagination/page-params";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { actAs, setRequestHeaders } from "../../support/next-request";

function catalogInput(overrides: Partial<CatalogFormInput> = {}): CatalogFormInput {
  return {
    name: "2027 Spring/Summer",
    season: "SS27",
    status: "OPEN",
    buyerIds: [],
    publicationDate: "2027-01-10T00:00:00.000Z",
    orderDeadline: "2027-02-28T00:00:00.000Z",
    discountRate: "",
    addressField: "SHOW",
    paymentMethods: ["PAY_OUTSIDE_APP"],
    shippingRateGroupIds: [],
    ...overrides,
  };
}

async function makeProduct(f: BrandFixture, code: string, wholesale = 10000, discountRate: number | null = null) {
  return prisma.product.create({
    data: {
      brandId: f.brand.id, productCode: code, name: `Product ${code}`, discountRate,
      skus: { create: [{ brandId: f.brand.id, code: `${code}-1`, color: "Navy", size: "M", prices: { create: [{ currency: "JPY", wholesalePrice: wholesale }] } }] },
    },
  });
}

async function newCatalog(f: BrandFixture, overrides: Partial<CatalogFormInput> = {}) {
  await actAs(f.staff);
  const result = await saveCatalogAction({ catalog: catalogInput(overrides) });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

describe("catalogs", () => {
  it("creates a Limited catalog with its buyers, settings and rate groups", async () => {
    const a = await createBrand();
    const group = await prisma.shippingRateGroup.create({ data: { brandId: a.brand.id, name: "Domestic", currency: "JPY", country: "JP" } });
    const id = await newCatalog(a, { status: "LIMITED", buyerIds: [a.buyer.id], addressField: "HIDE", discountRate: "5", shippingRateGroupIds: [group.id] });
    const catalog = await prisma.catalog.findUniqueOrThrow({ where: { id }, include: { buyerAccess: true, shippingRateGroups: true } });
    expect(catalog).toMatchObject({ status: "LIMITED", addressField: "HIDE", season: "SS27", paymentMethods: ["PAY_OUTSIDE_APP"] });
    expect(Number(catalog.discountRate)).toBe(5);
    expect(catalog.buyerAccess.map((b) => b.buyerId)).toEqual([a.buyer.id]);
    expect(catalog.shippingRateGroups.map((g) => g.rateGroupId)).toEqual([group.id]);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "catalog.create" } })).toBe(1);
    // Opening it drops the buyer list.
    await saveCatalogAction({ id, catalog: catalogInput({ status: "OPEN", buyerIds: [a.buyer.id] }) });
    expect(await prisma.catalogBuyerAccess.count({ where: { catalogId: id } })).toBe(0);
  });

  it("explains each bad field and writes nothing", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const foreignGroup = await prisma.shippingRateGroup.create({ data: { brandId: b.brand.id, name: "Other", currency: "JPY" } });
    await actAs(a.staff);
    const result = await saveCatalogAction({
      catalog: catalogInput({ name: " ", status: "LIMITED", buyerIds: [], orderDeadline: "2027-01-01T00:00:00.000Z", paymentMethods: [], discountRate: "-1" }),
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "catalog.name": "Enter the catalog name.",
        "catalog.buyerIds": "Choose the buyers who may see this Limited catalog.",
        "catalog.orderDeadline": "The order deadline must be after the publication date.",
        "catalog.paymentMethods": "Choose at least one payment method.",
        "catalog.discountRate": "Enter a number from 0 to 100.",
      },
    });
    // Another brand's buyer or rate group, and card payment without the add-on.
    expect(await saveCatalogAction({ catalog: catalogInput({ status: "LIMITED", buyerIds: [b.buyer.id] }) })).toMatchObject({ ok: false, fieldErrors: { buyerIds: "Choose buyers connected to your brand." } });
    expect(await saveCatalogAction({ catalog: catalogInput({ shippingRateGroupIds: [foreignGroup.id] }) })).toMatchObject({ ok: false, fieldErrors: { shippingRateGroupIds: "Choose your brand's shipping rate groups." } });
    expect(await saveCatalogAction({ catalog: catalogInput({ paymentMethods: ["STRIPE_CARD"] }) })).toMatchObject({ ok: false, fieldErrors: { paymentMethods: "Turn on the Stripe Credit Card Payment add-on in Settings first." } });
    expect(await prisma.catalog.count({ where: { brandId: a.brand.id } })).toBe(0);
  });

  it("the buyer picker finds connected buyers by name, 50 at a time, never another brand's", async () => {
    const a = await createBrand();
    const b = await createBrand();
    for (let i = 1; i <= 55; i++) {
      await prisma.buyer.create({
        data: { name: `Shop ${String(i).padStart(3, "0")}`, country: "JP", ownership: "CUSTOMER_OWNED", connections: { create: { brandId: a.brand.id, currency: "JPY", status: i === 3 ? "CLOSED" : "CONNECTED" } } },
      });
    }
    await prisma.buyer.create({ data: { name: "Shop 054 of another brand", country: "FR", ownership: "CUSTOMER_OWNED", connections: { create: { brandId: b.brand.id, currency: "EUR" } } } });
    await actAs(a.staff);
    const first = await searchBuyerOptionsAction({ q: "" });
    if (!first.ok) throw new Error(first.message);
    expect(first.data).toHaveLength(BUYER_OPTION_LIMIT);
    const search = await searchBuyerOptionsAction({ q: " shop 05 " });
    expect(search.ok && search.data.map((o) => o.label)).toEqual(["Shop 050", "Shop 051", "Shop 052", "Shop 053", "Shop 054", "Shop 055"]);
    expect(((await searchBuyerOptionsAction({ q: "shop 003" })) as { data: unknown }).data).toEqual([expect.objectContaining({ label: "Shop 003", country: "JP", closed: true })]);
    // A catalog's granted buyers come with the form's options wherever they sort.
    const shop055 = await prisma.buyer.findFirstOrThrow({ where: { name: "Shop 055" } });
    const options = await catalogFormOptions(a.brand.id, [shop055.id]);
    expect(options.grantedBuyers).toEqual([{ id: shop055.id, label: "Shop 055", country: "JP", closed: false }]);
    expect(options.buyers.some((o) => o.id === shop055.id)).toBe(false);
  });

  it("adds products in order, skips ones already in it, moves and removes them", async () => {
    const a = await createBrand();
    const [p1, p2, p3] = [await makeProduct(a, "C-1"), await makeProduct(a, "C-2"), await makeProduct(a, "C-3")];
    const id = await newCatalog(a);
    expect(await addCatalogProductsAction({ catalogId: id, productIds: [p1.id, p2.id] })).toMatchObject({ ok: true, data: { added: 2 } });
    expect(await addCatalogProductsAction({ catalogId: id, productIds: [p2.id, p3.id] })).toMatchObject({ ok: true, data: { added: 1, skipped: 1 } });
    const order = async () => (await prisma.catalogProduct.findMany({ where: { catalogId: id }, orderBy: { position: "asc" } })).map((e) => e.productId);
    expect(await order()).toEqual([p1.id, p2.id, p3.id]);
    // The admin page reads the catalog a page at a time, with each product's SKU count.
    const secondPage = await listCatalogProducts(id, pageParams({ page: "2" }, 2));
    expect(secondPage.total).toBe(3);
    expect(secondPage.rows.map((e) => [e.productId, e.skuCount])).toEqual([[p3.id, await prisma.sku.count({ where: { productId: p3.id } })]]);
    const entry3 = await prisma.catalogProduct.findFirstOrThrow({ where: { catalogId: id, productId: p3.id } });
    await moveCatalogProductAction({ catalogProductId: entry3.id, direction: "up" });
    expect(await order()).toEqual([p1.id, p3.id, p2.id]);
    await removeCatalogProductAction({ catalogProductId: entry3.id });
    expect(await order()).toEqual([p1.id, p2.id]);
    // Ends stay put; a gap left by a removal does not stop a move.
    const entry1 = await prisma.catalogProduct.findFirstOrThrow({ where: { catalogId: id, productId: p1.id } });
    const entry2 = await prisma.catalogProduct.findFirstOrThrow({ where: { catalogId: id, productId: p2.id } });
    await moveCatalogProductAction({ catalogProductId: entry1.id, direction: "up" });
    await moveCatalogProductAction({ catalogProductId: entry2.id, direction: "down" });
    expect(await order()).toEqual([p1.id, p2.id]);
    await moveCatalogProductAction({ catalogProductId: entry2.id, direction: "up" });
    expect(await order()).toEqual([p2.id, p1.id]);
    // Moves clicked at once queue on the catalog: the order stays a permutation with dense positions.
    await Promise.all(Array.from({ length: 6 }, (_, i) => moveCatalogProductAction({ catalogProductId: i % 2 ? entry1.id : entry2.id, direction: i % 3 ? "down" : "up" })));
    const positions = (await prisma.catalogProduct.findMany({ where: { catalogId: id }, orderBy: { position: "asc" } })).map((e) => e.position);
    expect(positions).toEqual([0, 1]);
    // Archived products cannot be added.
    await prisma.product.update({ where: { id: p3.id }, data: { archivedAt: new Date() } });
    expect(await addCatalogProductsAction({ catalogId: id, productIds: [p3.id] })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("a catalog-product price override changes the unit price the one price function computes", async () => {
    const a = await createBrand();
    const product = await makeProduct(a, "PR-1", 10000, 10); // product override: 10 % off
    const id = await newCatalog(a, { discountRate: "5" }); // catalog: 5 % off
    await addCatalogProductsAction({ catalogId: id, productIds: [product.id] });
    // Product override beats the catalog rate and the buyer's 30 % terms.
    expect((await catalogSkuPrices(a.brand.id, id, "JPY", 30))[0]).toMatchObject({ wholesalePrice: 10000, unitPrice: 9000 });
    const entry = await prisma.catalogProduct.findFirstOrThrow({ where: { catalogId: id } });
    const result = await setCatalogProductOverrideAction({ catalogProductId: entry.id, discountRate: "25", deliveryDate: "2027-03-15T00:00:00.000Z" });
    expect(result.ok).toBe(true);
    expect((await catalogSkuPrices(a.brand.id, id, "JPY", 30))[0]).toMatchObject({ unitPrice: 7500 });
    expect((await prisma.catalogProduct.findUniqueOrThrow({ where: { id: entry.id } })).deliveryDate?.toISOString()).toBe("2027-03-15T00:00:00.000Z");
    // Clearing the override falls back to the product's rate.
    await setCatalogProductOverrideAction({ catalogProductId: entry.id, discountRate: "", deliveryDate: "" });
    expect((await catalogSkuPrices(a.brand.id, id, "JPY", 30))[0]).toMatchObject({ unitPrice: 9000 });
    expect(await setCatalogProductOverrideAction({ catalogProductId: entry.id, discountRate: "150", deliveryDate: "" })).toMatchObject({ ok: false, fieldErrors: { discountRate: "Enter a number from 0 to 100." } });
  });

  it("answers another brand's catalog, entries and products with not found and changes nothing", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const product = await makeProduct(a, "X-1");
    const id = await newCatalog(a);
    await addCatalogProductsAction({ catalogId: id, productIds: [product.id] });
    const entry = await prisma.catalogProduct.findFirstOrThrow({ where: { catalogId: id } });
    const foreignProduct = await makeProduct(b, "X-1");
    await actAs(b.owner);
    expect(await saveCatalogAction({ id, catalog: catalogInput({ name: "Hijacked" }) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await addCatalogProductsAction({ catalogId: id, productIds: [foreignProduct.id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await setCatalogProductOverrideAction({ catalogProductId: entry.id, discountRate: "90", deliveryDate: "" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await removeCatalogProductAction({ catalogProductId: entry.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(catalogSkuPrices(b.brand.id, id, "JPY")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await actAs(a.staff);
    expect(await addCatalogProductsAction({ catalogId: id, productIds: [foreignProduct.id] })).toMatchObject({ ok: false, code: "VALIDATION" });
    const catalog = await prisma.catalog.findUniqueOrThrow({ where: { id }, include: { products: true } });
    expect(catalog.name).toBe("2027 Spring/Summer");
    expect(catalog.products).toHaveLength(1);
    expect(catalog.products[0].discountRate).toBeNull();
  });
});

describe("catalogs in Japanese", () => {
  it("a Japanese staff member reads every field and action error in Japanese", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await prisma.user.update({ where: { id: a.staff.id }, data: { language: "JA" } });
    await actAs(a.staff);
    setRequestHeaders({ "x-app-path": "/admin/catalogs/new" });
    const result = await saveCatalogAction({
      catalog: catalogInput({ name: " ", season: "S".repeat(41), status: "LIMITED", buyerIds: [], orderDeadline: "2027-01-01T00:00:00.000Z", paymentMethods: [], discountRate: "-1" }),
    });
    expect(result).toMatchObject({
      ok: false,
      message: "入力内容をご確認ください。",
      fieldErrors: {
        "catalog.name": "カタログ名を入力してください。",
        "catalog.season": "40文字以内で入力してください。",
        "catalog.buyerIds": "この限定公開カタログを閲覧できるバイヤーを選んでください。",
        "catalog.orderDeadline": "注文締切日時は公開日時より後にしてください。",
        "catalog.paymentMethods": "支払い方法を1つ以上選んでください。",
        "catalog.discountRate": "0から100までの数値を入力してください。",
      },
    });
    expect(await saveCatalogAction({ catalog: catalogInput({ status: "LIMITED", buyerIds: [b.buyer.id] }) })).toMatchObject({ ok: false, fieldErrors: { buyerIds: "自社と取引中のバイヤーを選んでください。" } });
    expect(await saveCatalogAction({ catalog: catalogInput({ paymentMethods: ["STRIPE_CARD"] }) })).toMatchObject({
      ok: false,
      fieldErrors: { paymentMethods: "先に「設定」でStripeクレジットカード決済のアドオンを有効にしてください。" },
    });

    const id = await newCatalogAsCurrentUser();
    const archived = await makeProduct(a, "JA-1");
    await prisma.product.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    expect(await addCatalogProductsAction({ catalogId: id, productIds: [archived.id] })).toMatchObject({
      ok: false,
      message: "選択した商品の一部がアーカイブ済みか、すでに存在しません。",
      fieldErrors: { productIds: "自社の有効な商品を選んでください。" },
    });
    expect(await removeCatalogProductAction({ catalogProductId: "gone" })).toMatchObject({ ok: false, code: "NOT_FOUND", message: "この商品はすでにカタログにありません。" });
    const foreign = await newCatalog(b);
    await actAs(a.staff);
    expect(await saveCatalogAction({ id: foreign, catalog: catalogInput() })).toMatchObject({ ok: false, code: "NOT_FOUND", message: "このカタログはすでに存在しません。" });
  });

  it("the buyer picker's options carry the country and the Closed state for the form to word", async () => {
    const a = await createBrand();
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: a.brand.id, buyerId: a.buyer.id } }, data: { status: "CLOSED" } });
    await actAs(a.staff);
    const found = await searchBuyerOptionsAction({ q: a.buyer.name });
    expect(found.ok && found.data).toContainEqual({ id: a.buyer.id, label: a.buyer.name, country: "JP", closed: true });
    expect(found.ok && found.data).toContainEqual({ id: a.offlineBuyer.id, label: a.offlineBuyer.name, country: "JP", closed: false });
  });
});

async function newCatalogAsCurrentUser() {
  const result = await saveCatalogAction({ catalog: catalogInput() });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}
