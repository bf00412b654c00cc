import { describe, expect, it } from "vitest";
import { disconnectBuyerAction } from "@/lib/buyers/actions";
import {
  placeStandardOrderAction, removeStandardOrderCartLineAction, saveStandardOrderCartAction,
} from "@/lib/buyer-app/standard-order-actions";
import { getBuyerContext } from "@/lib/auth/context";
import { standardOrderPurchase } from "@/lib/buyer-app/standard-order";
import { placeOrder } from "@/lib/checkout/place-order";
import { prisma } from "@/lib/db/client";
import { actAs } from "../../support/next-request";
import { createBrand, createUser } from "../../support/fixtures";
import { checkoutInput, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

// A Standard Order: the fixture's customer-owned buyer (terms: JPY, 10 % off) orders from an Open
// catalog whose SKUs cost 10,000 JPY wholesale, so each unit is 9,000 JPY under its terms.
async function addToCart(world: LinkWorld, quantities: number[] = [2, 1]) {
  return saveStandardOrderCartAction(world.brand.id, {
    productId: world.product.id,
    quantities: quantities.map((quantity, i) => ({ skuId: world.skus[i].id, quantity })),
  });
}

const cartLines = (world: LinkWorld) => prisma.cartLine.findMany({ where: { cart: { brandId: world.brand.id, buyerId: world.buyer.id } } });

describe("Standard Order in the Buyer App", { timeout: 120_000 }, () => {
  it("adds to the cart and places one order: source STANDARD_ORDER, placed by the user, the buyer's trading-term prices", async () => {
    const world = await createLinkWorld();
    await actAs(world.buyerUser);
    const added = await addToCart(world);
    expect(added).toEqual({ ok: true, data: { quantity: 3, subtotal: 27000 } });
    const cart = await prisma.cart.findFirstOrThrow({ where: { brandId: world.brand.id } });
    expect(cart).toMatchObject({ ownerKey: `user:${world.buyerUser.id}:buyer:${world.buyer.id}`, buyerId: world.buyer.id, linkId: null });

    const result = await placeStandardOrderAction(world.brand.id, checkoutInput({ email: "shop@test.example" }));
    expect(result).toMatchObject({ ok: true, data: { orderNumber: `${world.brand.orderPrefix}-000001` } });
    const orders = await prisma.order.findMany({ where: { brandId: world.brand.id }, include: { lines: { orderBy: { position: "asc" } } } });
    expect(orders).toHaveLength(1);
    const [order] = orders;
    expect(result.ok && result.data.redirectTo).toBe(`/buyer/orders/${order.id}`);
    expect(order).toMatchObject({
      buyerId: world.buyer.id, source: "STANDARD_ORDER", sourceLinkId: null, placedVia: "USER_ACCOUNT", placedByUserId: world.buyerUser.id,
      status: "PLEASE_CREATE_OC", currency: "JPY", subtotal: 27000, total: 27000, paymentMethod: "PAY_OUTSIDE_APP",
    });
    expect(order.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal }))).toEqual([
      { skuId: world.skus[0].id, quantity: 2, unitPrice: 9000, lineTotal: 18000 },
      { skuId: world.skus[1].id, quantity: 1, unitPrice: 9000, lineTotal: 9000 },
    ]);
    expect(await cartLines(world)).toHaveLength(0);
    expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "order.place", actorUserId: world.buyerUser.id } })).toBe(1);
  });

  it("a line can be removed; quantity 0 removes it too", async () => {
    const world = await createLinkWorld();
    await actAs(world.buyerUser);
    await addToCart(world, [2, 1]);
    expect(await removeStandardOrderCartLineAction(world.brand.id, { skuId: world.skus[0].id })).toEqual({ ok: true, data: { quantity: 1, subtotal: 9000 } });
    expect(await addToCart(world, [0, 0])).toEqual({ ok: true, data: { quantity: 0, subtotal: 0 } });
    expect(await cartLines(world)).toHaveLength(0);
  });

  it("a Closed connection refuses add-to-cart and checkout, even with a cart filled before the Disconnect", async () => {
    const world = await createLinkWorld();
    await actAs(world.buyerUser);
    await addToCart(world);
    await actAs(world.owner, { brandId: world.brand.id });
    expect(await disconnectBuyerAction({ buyerId: world.buyer.id })).toMatchObject({ ok: true });

    await actAs(world.buyerUser);
    expect(await addToCart(world, [5])).toMatchObject({ ok: false, code: "NOT_CONNECTED" });
    expect(await placeStandardOrderAction(world.brand.id, checkoutInput())).toMatchObject({ ok: false, code: "NOT_CONNECTED" });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
    // The cart is left as it was (quantity 2 of the first SKU, not 5).
    expect((await cartLines(world)).find((l) => l.skuId === world.skus[0].id)?.quantity).toBe(2);
  });

  it("a checkout already past its access check is refused once the brand disconnects (checked again inside the order transaction)", async () => {
    const world = await createLinkWorld();
    await actAs(world.buyerUser);
    await addToCart(world);
    const resolved = await standardOrderPurchase((await getBuyerContext())!, world.brand.id);
    if (resolved?.state !== "connected") throw new Error("expected a connected Standard Order context");
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: world.brand.id, buyerId: world.buyer.id } }, data: { status: "CLOSED" } });
    await expect(placeOrder(resolved.purchase, checkoutInput())).rejects.toMatchObject({ code: "NOT_CONNECTED" });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
  });

  it("double submit of one checkout form gives one order", async () => {
    const world = await createLinkWorld();
    await actAs(world.buyerUser);
    await addToCart(world);
    const input = checkoutInput();
    const results = await Promise.all(Array.from({ length: 6 }, () => placeStandardOrderAction(world.brand.id, input)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.data.orderNumber : "")))).toHaveProperty("size", 1);
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { brandId: world.brand.id, action: "order.place" } })).toBe(1);
  });

  it("refuses a brand the buyer is not connected to, a catalog not visible to the buyer, a passed deadline, and a user of no buyer organization", async () => {
    const world = await createLinkWorld();
    const other = await createBrand();
    await actAs(world.buyerUser);
    expect(await saveStandardOrderCartAction(other.brand.id, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 1 }] })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    // Limited to another buyer: not visible, so not orderable.
    await prisma.catalog.update({ where: { id: world.catalog.id }, data: { status: "LIMITED", buyerAccess: { create: { buyerId: world.offlineBuyer.id } } } });
    expect(await addToCart(world, [1])).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Open again but the order deadline has passed: browse only.
    await prisma.catalog.update({ where: { id: world.catalog.id }, data: { status: "OPEN", orderDeadline: new Date(Date.now() - 60_000) } });
    expect(await addToCart(world, [1])).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const stranger = await createUser("stranger");
    await actAs(stranger);
    await prisma.catalog.update({ where: { id: world.catalog.id }, data: { orderDeadline: null } });
    expect(await addToCart(world, [1])).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs(null);
    expect(await addToCart(world, [1])).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await prisma.cartLine.count({ where: { cart: { brandId: world.brand.id } } })).toBe(0);
  });
});
