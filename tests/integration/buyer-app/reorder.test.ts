// "Order again" in the Buyer App's My orders, through the real actions: a past order's lines and
// packs go into the brand's Standard Order cart at today's prices and rules; lines that can no
// longer be ordered are left out and raised quantities are reported, each with the reason.
import { describe, expect, it } from "vitest";
import { disconnectBuyerAction } from "@/lib/buyers/actions";
import { orderAgainAction, placeStandardOrderAction, saveStandardOrderCartAction } from "@/lib/buyer-app/standard-order-actions";
import { prisma } from "@/lib/db/client";
import { actAs } from "../../support/next-request";
import { addPrepack, cartRowsOf, setProductRules } from "../../support/order-rule-fixtures";
import { checkoutInput, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

/** A second product of the world's catalog: one SKU (Navy / M), 5,000 JPY. */
async function addSecondProduct(world: LinkWorld) {
  const product = await prisma.product.create({ data: { brandId: world.brand.id, productCode: `Q-${world.product.productCode}`, name: "Wool Scarf", deliveryName: "Wool Scarf" } });
  const sku = await prisma.sku.create({
    data: { brandId: world.brand.id, productId: product.id, code: `Q-${world.product.productCode}-1`, color: "Navy", size: "M", stockQuantity: 10, prices: { create: [{ currency: "JPY", wholesalePrice: 5000 }] } },
  });
  await prisma.catalogProduct.create({ data: { catalogId: world.catalog.id, productId: product.id } });
  return { product, sku };
}

/** The buyer orders: Linen Shirt Navy/S ×3, Navy/M ×2 and one pack of Run A in Ecru; Wool Scarf ×4. */
async function pastOrder() {
  const world = await createLinkWorld();
  const scarf = await addSecondProduct(world);
  const pack = await addPrepack(world.product, "Run A", [["S", 1], ["M", 2]]);
  await setProductRules(world.product.id, { saleMode: "PACKS_AND_SINGLES" });
  await actAs(world.buyerUser);
  const [navyS, navyM] = world.skus;
  expect(await saveStandardOrderCartAction(world.brand.id, { productId: world.product.id, quantities: [{ skuId: navyS.id, quantity: 3 }, { skuId: navyM.id, quantity: 2 }], packs: [{ prepackId: pack.id, color: "Ecru", packs: 1 }] })).toMatchObject({ ok: true });
  expect(await saveStandardOrderCartAction(world.brand.id, { productId: scarf.product.id, quantities: [{ skuId: scarf.sku.id, quantity: 4 }] })).toMatchObject({ ok: true });
  const placed = await placeStandardOrderAction(world.brand.id, checkoutInput());
  expect(placed).toMatchObject({ ok: true });
  const order = await prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id } });
  return { world, scarf, pack, order, navyS, navyM };
}

describe("Order again", { timeout: 120_000 }, () => {
  it("puts the lines and packs back at today's rules: a case pack rounds up, an archived product is left out, each with the reason", async () => {
    const { world, scarf, pack, order, navyS, navyM } = await pastOrder();
    await setProductRules(world.product.id, { orderMultiple: 6 });
    await prisma.product.update({ where: { id: scarf.product.id }, data: { archivedAt: new Date() } });
    // Today's price: the shirt now costs 11,000 JPY wholesale (9,900 under the buyer's 10 % terms).
    await prisma.skuPrice.updateMany({ where: { skuId: navyS.id, currency: "JPY" }, data: { wholesalePrice: 11000 } });

    const result = await orderAgainAction({ orderId: order.id });
    expect(result).toMatchObject({ ok: true, data: { brandId: world.brand.id, cartUrl: `/buyer/brands/${world.brand.id}/cart`, added: 3 } });
    if (!result.ok) return;
    expect(result.data.changed).toEqual([
      { product: "Linen Shirt", item: { kind: "sku", color: "Navy", size: "S" }, from: 3, to: 6, reason: 'buyerApp.reorder.roundedToCase|{"multiple":6}' },
      { product: "Linen Shirt", item: { kind: "sku", color: "Navy", size: "M" }, from: 2, to: 6, reason: 'buyerApp.reorder.roundedToCase|{"multiple":6}' },
    ]);
    expect(result.data.dropped).toEqual([{ product: "Wool Scarf", item: { kind: "sku", color: "Navy", size: "M" }, reason: "buyerApp.reorder.archived" }]);
    expect(await cartRowsOf(world.brand.id)).toEqual({
      lines: [{ skuId: navyS.id, quantity: 6 }, { skuId: navyM.id, quantity: 6 }].sort((a, b) => a.skuId.localeCompare(b.skuId)),
      packs: [{ prepackId: pack.id, color: "Ecru", packs: 1 }],
    });
    // At today's prices: the cart prices the lines now.
    const cart = await prisma.cart.findFirstOrThrow({ where: { brandId: world.brand.id, buyerId: world.buyer.id } });
    expect(cart.placedOrderId).toBeNull();
    const placed = await placeStandardOrderAction(world.brand.id, checkoutInput());
    expect(placed).toMatchObject({ ok: true });
    const again = await prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id, id: { not: order.id } }, include: { lines: true } });
    expect(again.lines.find((l) => l.skuId === navyS.id)).toMatchObject({ quantity: 6, packQuantity: 0, unitPrice: 9900 });
  });

  it("leaves out what is not in an orderable catalog, has no price in the currency, a prepack no longer offered or a maximum it would pass; raises to minimums", async () => {
    const { world, scarf, pack, order, navyS, navyM } = await pastOrder();
    await prisma.catalogProduct.deleteMany({ where: { productId: scarf.product.id } });
    await prisma.skuPrice.deleteMany({ where: { skuId: navyM.id, currency: "JPY" } });
    await prisma.prepack.delete({ where: { id: pack.id } });
    await setProductRules(world.product.id, { saleMode: "SINGLES", minQuantityPerSku: 5 });
    let result = await orderAgainAction({ orderId: order.id });
    expect(result).toMatchObject({ ok: true, data: { added: 1 } });
    if (!result.ok) return;
    expect(result.data.changed).toEqual([{ product: "Linen Shirt", item: { kind: "sku", color: "Navy", size: "S" }, from: 3, to: 5, reason: 'buyerApp.reorder.raisedToSkuMinimum|{"minimum":5}' }]);
    expect(result.data.dropped).toEqual([
      { product: "Linen Shirt", item: { kind: "sku", color: "Navy", size: "M" }, reason: 'buyerApp.reorder.noPrice|{"currency":"JPY"}' },
      { product: "Wool Scarf", item: { kind: "sku", color: "Navy", size: "M" }, reason: "buyerApp.reorder.notInCatalog" },
      { product: "Linen Shirt", item: { kind: "pack", pack: "Run A", color: "Ecru" }, reason: "orderRules.violations.unknownPack" },
    ]);
    expect(await cartRowsOf(world.brand.id)).toEqual({ lines: [{ skuId: navyS.id, quantity: 5 }], packs: [] });

    // Again: added to what the cart holds (5 + 3 = 8), which a new maximum of 6 refuses: left out, the cart as it was.
    await setProductRules(world.product.id, { maxQuantity: 6 });
    result = await orderAgainAction({ orderId: order.id });
    expect(result).toMatchObject({ ok: true, data: { added: 0, changed: [] } });
    if (!result.ok) return;
    expect(result.data.dropped).toContainEqual({ product: "Linen Shirt", item: { kind: "sku", color: "Navy", size: "S" }, reason: 'orderRules.violations.maxProduct|{"maximum":6,"quantity":8}' });
    expect(await cartRowsOf(world.brand.id)).toEqual({ lines: [{ skuId: navyS.id, quantity: 5 }], packs: [] });
  });

  it("another organization's order is not found, and a Closed connection is refused; nothing is written", async () => {
    const { world, order } = await pastOrder();
    const other = await createLinkWorld();
    await actAs(other.buyerUser);
    expect(await orderAgainAction({ orderId: order.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.cart.count({ where: { brandId: world.brand.id, buyerId: other.buyer.id } })).toBe(0);

    await actAs(world.owner, { brandId: world.brand.id });
    expect(await disconnectBuyerAction({ buyerId: world.buyer.id })).toMatchObject({ ok: true });
    await actAs(world.buyerUser);
    expect(await orderAgainAction({ orderId: order.id })).toMatchObject({ ok: false, code: "NOT_CONNECTED" });
    expect(await cartRowsOf(world.brand.id)).toEqual({ lines: [], packs: [] });
  });
});
