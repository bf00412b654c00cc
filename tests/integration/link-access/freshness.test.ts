// Freshness is part of correctness: whatever the app keeps between requests (a decoded session
// cookie, filter choices, a catalog's product count), a change a brand makes shows on the very
// next page, and nothing kept can sell at an old price, from a closed catalog or to a Closed
// buyer. Each change is written straight to the database, as an import or the API would write it,
// between two reads of the same pages by the same signed-in buyer.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loginWithUserAccountAction, placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { linkCatalogPage } from "@/lib/link-access/queries";
import { resolveLink } from "@/lib/link-access/resolve-link";
import { listProducts } from "@/lib/products/queries";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
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
