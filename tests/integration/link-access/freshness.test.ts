// Freshness is part of correctness: whatever the app keeps between requests (a decoded session
// cookie, filter choices, a catalog's pages of products), a change a brand makes shows on the very
// next page, and nothing kept can sell at an old price, from a closed catalog or to a Closed
// buyer. Each change is written straight to the database, as an import or the API would write it,
// between two reads of the same pages by the same signed-in buyer.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loginWithUserAccountAction, placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { catalogContentPage, catalogHead } from "@/lib/link-access/catalog-content";
import { linkCatalogPage } from "@/lib/link-access/queries";
import { resolveLink } from "@/lib/link-access/resolve-link";
import { listProducts } from "@/lib/products/queries";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
import { addPrepack, setProductRules } from "../../support/order-rule-fixtures";
import { actAs } from "../../support/next-request";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "./link-fixtures";

const PAGE = { page: 1, pageSize: 25, skip: 0, take: 25 };
let world: LinkWorld;
let token: string;

beforeEach(async () => {
  world = await createLinkWorld();
  token = (await createLink(world)).token;
  await actAs(null);
  expect(await loginWithUserAccountAction(token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: true });
});

/** The catalog page's price of the first SKU, as the buyer sees it now (null: the page is gone). */
async function shownPrice(): Promise<number | null> {
  const resolved = await resolveLink(token);
  const page = resolved && (await linkCatalogPage(resolved, world.catalog.id, 1));
  return page ? page.products[0].skus.find((s) => s.id === world.skus[0].id)!.unitPrice : null;
}

async function order() {
  const saved = await saveLinkCartAction(token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 2 }] });
  const placed = saved.ok ? await placeLinkOrderAction(token, checkoutInput({ email: world.buyerUser.email })) : saved;
  const orders = await prisma.order.findMany({ where: { brandId: world.brand.id }, select: { lines: { select: { unitPrice: true } } } });
  return { placed, orders };
}

describe("the next page after a change", () => {
  it("a new price: the catalog page, the cart and the order all take it", async () => {
    const before = await shownPrice();
    expect(before).toBeGreaterThan(0);
    await prisma.skuPrice.updateMany({ where: { skuId: world.skus[0].id, currency: "JPY" }, data: { wholesalePrice: 20_000 } });

    const after = await shownPrice();
    expect(after).toBe(before! * 2); // 10,000 -> 20,000, the same discounts applied
    const { placed, orders } = await order();
    expect(placed).toMatchObject({ ok: true });
    expect(orders.flatMap((o) => o.lines.map((l) => Number(l.unitPrice)))).toEqual([after]);
  });

  it("a catalog closed to buyers: its page is gone and the cart cannot be ordered from it", async () => {
    expect(await shownPrice()).not.toBeNull();
    expect(await saveLinkCartAction(token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 2 }] })).toMatchObject({ ok: true });
    await prisma.catalog.update({ where: { id: world.catalog.id }, data: { status: "CLOSED" } });

    expect(await shownPrice()).toBeNull();
    expect(await placeLinkOrderAction(token, checkoutInput({ email: world.buyerUser.email }))).toMatchObject({ ok: false });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
  });

  it("a Closed connection: the next page says the connection is closed, and checkout places nothing", async () => {
    expect((await resolveLink(token))?.purchase?.canOrder).toBe(true);
    expect(await saveLinkCartAction(token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 2 }] })).toMatchObject({ ok: true });
    await prisma.connection.updateMany({ where: { brandId: world.brand.id, buyerId: world.buyer.id }, data: { status: "CLOSED" } });

    const resolved = await resolveLink(token);
    expect(resolved?.decision.screen).toBe("connection_closed");
    expect(resolved?.purchase ?? null).toBeNull();
    expect(await placeLinkOrderAction(token, checkoutInput({ email: world.buyerUser.email }))).toMatchObject({ ok: false });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
  });

  it("new stock: the product list shows it", async () => {
    const stock = async () => (await listProducts(world.brand.id, { status: "active" }, PAGE)).rows.find((p) => p.id === world.product.id)?.totalStock;
    expect(await stock()).toBe(40); // four SKUs of 10
    await prisma.sku.update({ where: { id: world.skus[0].id }, data: { stockQuantity: 0 } });
    expect(await stock()).toBe(30);
    expect((await listProducts(world.brand.id, { status: "active", stock: "out" }, PAGE)).rows.map((p) => p.id)).toEqual([world.product.id]);
  });
});

describe("the catalog page's kept products", () => {
  /** The page as the buyer sees it now. */
  const page = async () => (await linkCatalogPage((await resolveLink(token))!, world.catalog.id, 1))!;
  const version = async () => (await catalogHead(prisma, world.catalog.id))!.version;
  const product = async () => (await page()).products.find((p) => p.id === world.product.id);

  it("are kept between requests while nothing changes, and a stock change leaves them kept", async () => {
    const kept = await catalogContentPage(prisma, world.catalog.id, await version(), 1, "JPY");
    expect(await catalogContentPage(prisma, world.catalog.id, await version(), 1, "JPY")).toBe(kept);
    const before = await version();
    await prisma.sku.update({ where: { id: world.skus[0].id }, data: { stockQuantity: 3 } });
    expect(await version()).toBe(before);
    expect(await catalogContentPage(prisma, world.catalog.id, await version(), 1, "JPY")).toBe(kept);
  });

  it("every write that changes what the page shows is on the next page", async () => {
    await page(); // kept from here on
    const changes: [string, () => Promise<unknown>, () => Promise<void>][] = [
      ["product name", () => prisma.product.update({ where: { id: world.product.id }, data: { name: "Linen Shirt II" } }),
        async () => expect((await product())?.name).toBe("Linen Shirt II")],
      ["a new colour", () => prisma.sku.create({ data: { brandId: world.brand.id, productId: world.product.id, code: `${world.product.productCode}-R`, color: "Red", size: "S", position: 9, prices: { create: [{ currency: "JPY", wholesalePrice: 10000 }] } } }),
        async () => expect((await product())?.colors).toEqual(["Navy", "Ecru", "Red"])],
      ["a price removed", () => prisma.skuPrice.delete({ where: { skuId_currency: { skuId: world.skus[1].id, currency: "JPY" } } }),
        async () => expect((await product())?.skus.find((s) => s.id === world.skus[1].id)?.unitPrice).toBeNull()],
      ["an image", async () => {
        const file = await prisma.storedFile.create({ data: { brandId: world.brand.id, key: `${world.brand.id}/shirt.png`, originalName: "shirt.png", contentType: "image/png", size: 1 } });
        await prisma.productImage.create({ data: { productId: world.product.id, fileId: file.id } });
      }, async () => expect((await product())?.imageUrl).toBe(`/files/${world.brand.id}/shirt.png`)],
      ["an order rule", () => setProductRules(world.product.id, { orderMultiple: 6 }),
        async () => expect((await product())?.rules?.orderMultiple).toBe(6)],
      ["a prepack", () => addPrepack(world.product, "Run", [["S", 1], ["M", 2]]),
        async () => expect((await product())?.rules?.prepacks.map((p) => p.name)).toEqual(["Run"])],
      ["the catalog entry's discount", () => prisma.catalogProduct.update({ where: { id: world.catalogProduct.id }, data: { discountRate: 50 } }),
        async () => expect((await product())?.skus.find((s) => s.id === world.skus[0].id)?.unitPrice).toBe(5000)],
      ["the catalog's discount (read on every page)", async () => {
        await prisma.catalogProduct.update({ where: { id: world.catalogProduct.id }, data: { discountRate: null } });
        await page();
        await prisma.catalog.update({ where: { id: world.catalog.id }, data: { discountRate: 20 } });
      }, async () => expect((await product())?.skus.find((s) => s.id === world.skus[0].id)?.unitPrice).toBe(8000)],
      ["the product archived", () => prisma.product.update({ where: { id: world.product.id }, data: { archivedAt: new Date() } }),
        async () => expect(await page()).toMatchObject({ products: [], total: 0 })],
    ];
    for (const [name, write, check] of changes) {
      const before = await version();
      await write();
      expect(await version(), name).not.toBe(before);
      await check();
    }
  });

  it("a product added to or taken out of the catalog changes its page and count", async () => {
    expect((await page()).total).toBe(1);
    const other = await prisma.product.create({ data: { brandId: world.brand.id, productCode: `${world.product.productCode}-2`, name: "Wool Coat" } });
    await prisma.catalogProduct.create({ data: { catalogId: world.catalog.id, productId: other.id, position: 1 } });
    expect((await page()).products.map((p) => p.name)).toEqual(["Linen Shirt", "Wool Coat"]);
    await prisma.catalogProduct.delete({ where: { id: world.catalogProduct.id } });
    expect(await page()).toMatchObject({ total: 1, products: [{ name: "Wool Coat" }] });
  });
});
