// Order rules through the real actions: add-to-cart refuses a selection that breaks a product's
// rules and writes nothing; prepacks are priced from their SKUs and expanded into the order's lines;
// checkout checks the rules and the minimum order value again inside its transaction; the PO No.,
// requested delivery and note are validated and stored.
import { describe, expect, it } from "vitest";
import { loadCart } from "@/lib/cart/cart";
import { loadCartMinimum } from "@/lib/cart/cart-minimum";
import { prisma } from "@/lib/db/client";
import { placeLinkOrderAction, removeLinkCartLineAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { loginWithUserAccountAction } from "@/lib/link-access/actions";
import { resolveLink } from "@/lib/link-access/resolve-link";
import { todayIn } from "@/lib/checkout/calendar-day";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
import { addPrepack, cartRowsOf, setBrandMinimum, setCatalogMinimum, setLinkMinimum, setProductRules } from "../../support/order-rule-fixtures";
import { renderedMail } from "../../support/outbox";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

// The world's product: Navy / Ecru × S / M, 10,000 JPY each; an Instant Order Link sells at that price.
type Sku = LinkWorld["skus"][number];
const singles = (entries: [Sku, number][]) => entries.map(([sku, quantity]) => ({ skuId: sku.id, quantity }));

async function instantWorld() {
  const world = await createLinkWorld();
  const link = await createLink(world, { type: "INSTANT" });
  const [navyS, navyM, ecruS, ecruM] = world.skus;
  const save = (quantities: { skuId: string; quantity: number }[], packs: { prepackId: string; color: string; packs: number }[] = []) =>
    saveLinkCartAction(link.token, { productId: world.product.id, quantities, packs });
  const cart = async () => loadCart((await resolveLink(link.token))!.purchase!);
  return { world, link, navyS, navyM, ecruS, ecruM, save, cart };
}

describe("add to cart refuses a selection that breaks a rule, and writes nothing", { timeout: 120_000 }, () => {
  it("case pack, minimum per SKU, minimum per product, maximum: each refused with the rule and the fix", async () => {
    const { world, navyS, navyM, save } = await instantWorld();
    await setProductRules(world.product.id, { orderMultiple: 6 });
    const before = await cartRowsOf(world.brand.id);
    expect(await save(singles([[navyS, 7]]))).toMatchObject({
      ok: false, code: "ORDER_RULES", message: "Sold in cases of 6: 7 → 6 or 12", fieldErrors: { [`quantities.${navyS.id}`]: "Sold in cases of 6: 7 → 6 or 12" },
    });
    expect(await save(singles([[navyS, 3]]))).toMatchObject({ ok: false, message: "Sold in cases of 6: 3 → 6" });

    await setProductRules(world.product.id, { orderMultiple: null, minQuantityPerSku: 4 });
    expect(await save(singles([[navyS, 4], [navyM, 2]]))).toMatchObject({
      ok: false, code: "ORDER_RULES", message: "At least 4 of each colour and size: this one has 2", fieldErrors: { [`quantities.${navyM.id}`]: expect.any(String) },
    });

    await setProductRules(world.product.id, { minQuantityPerSku: null, minQuantity: 12 });
    expect(await save(singles([[navyS, 5], [navyM, 5]]))).toMatchObject({ ok: false, message: "At least 12 units of this product: the order has 10", fieldErrors: { product: expect.any(String) } });

    await setProductRules(world.product.id, { minQuantity: null, maxQuantity: 20 });
    expect(await save(singles([[navyS, 15], [navyM, 6]]))).toMatchObject({ ok: false, message: "At most 20 units of this product per order: the order has 21" });

    expect(await cartRowsOf(world.brand.id)).toEqual(before);
    expect(await prisma.cart.count({ where: { brandId: world.brand.id } })).toBe(0);
    // Within the rules the same save goes through.
    expect(await save(singles([[navyS, 14], [navyM, 6]]))).toMatchObject({ ok: true, data: { quantity: 20, subtotal: 200_000 } });
  });

  it("prepacks only, packs of a product that sells none, an unknown pack or another product's pack: refused, nothing written", async () => {
    const { world, navyS, save } = await instantWorld();
    const pack = await addPrepack(world.product, "Run A", [["S", 1], ["M", 2]]);
    await setProductRules(world.product.id, { saleMode: "PACKS_ONLY" });
    expect(await save(singles([[navyS, 2]]))).toMatchObject({ ok: false, code: "ORDER_RULES", message: "This product is sold in prepacks only." });

    await setProductRules(world.product.id, { saleMode: "SINGLES" });
    expect(await save([], [{ prepackId: pack.id, color: "Navy", packs: 1 }])).toMatchObject({ ok: false, code: "ORDER_RULES", message: "This product is not sold in prepacks." });

    await setProductRules(world.product.id, { saleMode: "PACKS_AND_SINGLES" });
    expect(await save([], [{ prepackId: "no-such-pack", color: "Navy", packs: 1 }])).toMatchObject({ ok: false, code: "NOT_FOUND", message: "This prepack is no longer available." });
    const other = await createLinkWorld();
    const foreign = await addPrepack(other.product, "Run A", [["S", 1]]);
    expect(await save([], [{ prepackId: foreign.id, color: "Navy", packs: 1 }])).toMatchObject({ ok: false, code: "NOT_FOUND", message: "This prepack is no longer available." });
    // A size the colour lacks: the pack cannot be made up.
    const runL = await addPrepack(world.product, "Run L", [["S", 1], ["L", 1]], 1);
    expect(await save([], [{ prepackId: runL.id, color: "Navy", packs: 1 }])).toMatchObject({
      ok: false, code: "ORDER_RULES", message: "Prepack Run L needs size L in Navy, which is not available.", fieldErrors: { [`packs.${runL.id}.Navy`]: expect.any(String) },
    });
    expect(await prisma.cart.count({ where: { brandId: world.brand.id } })).toBe(0);
  });
});

describe("prepacks in the cart and the order", { timeout: 120_000 }, () => {
  it("a pack is priced as its SKUs' unit prices × units, expanded into the order's lines (packQuantity) and snapshotted", async () => {
    const { world, link, navyS, navyM, save, cart } = await instantWorld();
    const pack = await addPrepack(world.product, "Run A", [["S", 1], ["M", 2]]);
    await setProductRules(world.product.id, { saleMode: "PACKS_AND_SINGLES", minQuantity: 6 });
    // One SKU a little dearer, so the pack price is the sum of its contents, not units × one price.
    await prisma.skuPrice.updateMany({ where: { skuId: navyM.id, currency: "JPY" }, data: { wholesalePrice: 12000 } });
    expect(await save(singles([[navyS, 1]]), [{ prepackId: pack.id, color: "Navy", packs: 2 }])).toMatchObject({ ok: true, data: { quantity: 7 } });
    const view = await cart();
    expect(view.packLines).toMatchObject([{ prepackId: pack.id, color: "Navy", packs: 2, name: "Run A", unitsPerPack: 3, packPrice: 10000 + 2 * 12000, lineTotal: 2 * 34000 }]);
    expect(view.lines).toMatchObject([{ skuId: navyS.id, quantity: 1, lineTotal: 10000 }]);
    expect(view).toMatchObject({ subtotal: 78000, quantity: 7, problems: [] });

    const placed = await placeLinkOrderAction(link.token, checkoutInput({ email: "packs@test.example" }));
    expect(placed).toMatchObject({ ok: true });
    const order = await prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id }, include: { lines: { orderBy: { position: "asc" } }, packLines: true } });
    expect(order).toMatchObject({ subtotal: 78000, total: 78000 });
    expect(order.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity, packQuantity: l.packQuantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal }))).toEqual([
      { skuId: navyS.id, quantity: 3, packQuantity: 2, unitPrice: 10000, lineTotal: 30000 },
      { skuId: navyM.id, quantity: 4, packQuantity: 4, unitPrice: 12000, lineTotal: 48000 },
    ]);
    expect(order.packLines).toMatchObject([{ prepackId: pack.id, productId: world.product.id, productCode: world.product.productCode, productName: "Linen Shirt", name: "Run A", contents: { S: 1, M: 2 }, color: "Navy", packs: 2 }]);
    expect(await cartRowsOf(world.brand.id)).toEqual({ lines: [], packs: [] });
    const mail = await renderedMail({ brandId: world.brand.id, template: "orderReceived" });
    expect(mail.text).toContain("Linen Shirt: Run A × 2 (Navy): S ×1, M ×2");
  });

  it("the cart changes and removes a pack line; removing a line is always allowed and the cart then shows the rule it breaks", async () => {
    const { world, link, navyS, save, cart } = await instantWorld();
    const pack = await addPrepack(world.product, "Run A", [["S", 1], ["M", 2]]);
    await setProductRules(world.product.id, { saleMode: "PACKS_AND_SINGLES", minQuantity: 6 });
    await save(singles([[navyS, 3]]), [{ prepackId: pack.id, color: "Ecru", packs: 1 }]);
    expect(await save(singles([[navyS, 3]]), [{ prepackId: pack.id, color: "Ecru", packs: 3 }])).toMatchObject({ ok: true, data: { quantity: 12 } });
    expect(await removeLinkCartLineAction(link.token, { prepackId: pack.id, color: "Ecru" })).toMatchObject({ ok: true, data: { quantity: 3 } });
    expect((await cart()).problems).toEqual([
      { productId: world.product.id, productName: "Linen Shirt", productCode: world.product.productCode, message: 'orderRules.violations.minProduct|{"minimum":6,"quantity":3}' },
    ]);
    expect(await removeLinkCartLineAction(link.token, {})).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("checkout checks the rules again inside its transaction", { timeout: 120_000 }, () => {
  it("a rule changed after the item was added refuses the order; nothing is written and the cart is untouched", async () => {
    const { world, link, navyS, navyM, save } = await instantWorld();
    await setProductRules(world.product.id, { orderMultiple: 2 });
    expect(await save(singles([[navyS, 4], [navyM, 2]]))).toMatchObject({ ok: true });
    await setProductRules(world.product.id, { orderMultiple: 4 });
    const before = await cartRowsOf(world.brand.id);
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: false, code: "ORDER_RULES", message: "Sold in cases of 4: 2 → 4" });
    await setProductRules(world.product.id, { orderMultiple: null, maxQuantity: 5 });
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: false, code: "ORDER_RULES", message: "At most 5 units of this product per order: the order has 6" });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
    expect(await prisma.buyer.count({ where: { ownerBrandId: world.brand.id, name: "Guest Shop" } })).toBe(0);
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: world.brand.id } })).lastOrderNumber).toBe(0);
    expect(await cartRowsOf(world.brand.id)).toEqual(before);
    await setProductRules(world.product.id, { maxQuantity: null });
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: true });
  });

  it("a prepack turned packs-off after it was added refuses the order", async () => {
    const { world, link, save } = await instantWorld();
    const pack = await addPrepack(world.product, "Run A", [["S", 1], ["M", 2]]);
    await setProductRules(world.product.id, { saleMode: "PACKS_ONLY" });
    expect(await save([], [{ prepackId: pack.id, color: "Navy", packs: 1 }])).toMatchObject({ ok: true });
    await setProductRules(world.product.id, { saleMode: "SINGLES" });
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: false, code: "ORDER_RULES", message: "This product is not sold in prepacks." });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
  });

  it("a minimum order value set after the item was added refuses the order with the shortfall", async () => {
    const { world, link, navyS, save } = await instantWorld();
    expect(await save(singles([[navyS, 2]]))).toMatchObject({ ok: true });
    await setBrandMinimum(world.brand.id, { JPY: { amount: 30000 } });
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: false, code: "MINIMUM_ORDER", message: "Add ¥10,000 more to reach the ¥30,000 minimum" });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: world.brand.id } })).lastOrderNumber).toBe(0);
    expect(await cartRowsOf(world.brand.id)).toMatchObject({ lines: [{ skuId: navyS.id, quantity: 2 }] });
    expect(await save(singles([[navyS, 3]]))).toMatchObject({ ok: true });
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: true });
  });
});

describe("the minimum order value", { timeout: 120_000 }, () => {
  it("per currency: the link's beats the catalog's, which beats the brand's", async () => {
    const world = await createLinkWorld();
    const usd = await createLink(world, { type: "INSTANT", currency: "USD" });
    const jpy = await createLink(world, { type: "INSTANT" });
    const [navyS] = world.skus;
    const minimumOf = async (token: string) => {
      const purchase = (await resolveLink(token))!.purchase!;
      return loadCartMinimum(purchase, await loadCart(purchase));
    };
    for (const token of [usd.token, jpy.token]) expect(await saveLinkCartAction(token, { productId: world.product.id, quantities: [{ skuId: navyS.id, quantity: 1 }] })).toMatchObject({ ok: true });
    expect(await minimumOf(jpy.token)).toEqual({ minimum: null, shortfall: 0 });

    // The brand's, in each currency: 1 unit is 10,000 JPY or 70.00 USD.
    await setBrandMinimum(world.brand.id, { JPY: { amount: 30000 }, USD: { amount: 30000 } });
    expect(await minimumOf(jpy.token)).toEqual({ minimum: { amount: 30000, currency: "JPY", scope: "brand", firstOrder: false }, shortfall: 20000 });
    expect(await minimumOf(usd.token)).toEqual({ minimum: { amount: 30000, currency: "USD", scope: "brand", firstOrder: false }, shortfall: 23000 });
    // A catalog's overrides the brand's where it sets the currency.
    await setCatalogMinimum(world.catalog.id, { JPY: { amount: 15000 } });
    expect(await minimumOf(jpy.token)).toMatchObject({ minimum: { amount: 15000, scope: "catalog" }, shortfall: 5000 });
    expect(await minimumOf(usd.token)).toMatchObject({ minimum: { amount: 30000, scope: "brand" } });
    // The link's overrides both.
    await setLinkMinimum(jpy.id, { JPY: { amount: 5000 } });
    expect(await minimumOf(jpy.token)).toMatchObject({ minimum: { amount: 5000, scope: "link" }, shortfall: 0 });
    expect(await placeLinkOrderAction(jpy.token, checkoutInput())).toMatchObject({ ok: true });
    expect(await placeLinkOrderAction(usd.token, checkoutInput())).toMatchObject({ ok: false, code: "MINIMUM_ORDER", message: "Add $230.00 more to reach the $300.00 minimum" });
  });

  it("a first order uses the first-order amount; once the buyer has an order that was not cancelled, the reorder amount", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world);
    await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD });
    const [navyS] = world.skus;
    await setBrandMinimum(world.brand.id, { JPY: { amount: 20000, firstOrder: 50000 } });
    // Buyer's terms: 10 % off, 9,000 JPY a unit. Three units are 27,000: enough for a reorder, not a first order.
    expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: navyS.id, quantity: 3 }] })).toMatchObject({ ok: true });
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({
      ok: false, code: "MINIMUM_ORDER", message: "Add ¥23,000 more to reach the ¥50,000 minimum for a first order",
    });
    // A cancelled earlier order does not count.
    const { lastOrderNumber } = await prisma.brand.update({ where: { id: world.brand.id }, data: { lastOrderNumber: { increment: 1 } } });
    const cancelled = await prisma.order.create({
      data: {
        brandId: world.brand.id, buyerId: world.buyer.id, number: lastOrderNumber, idempotencyKey: `earlier-${world.brand.id}`, source: "ORDER_LINK", placedVia: "USER_ACCOUNT", currency: "JPY", language: "EN",
        subtotal: 0, shippingFee: 0, total: 0, contactName: "x", contactEmail: "x@test.example", shipCountry: "JP", paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP", status: "CANCELLED",
      },
    });
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: false, code: "MINIMUM_ORDER" });
    await prisma.order.update({ where: { id: cancelled.id }, data: { status: "OC_CONFIRMED" } });
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: true });
  });

  it("a guest counts as a first order", async () => {
    const { world, link, navyS, save } = await instantWorld();
    await setBrandMinimum(world.brand.id, { JPY: { amount: 10000, firstOrder: 40000 } });
    await save(singles([[navyS, 2]]));
    expect(await placeLinkOrderAction(link.token, checkoutInput({ email: world.buyerUser.email }))).toMatchObject({
      ok: false, code: "MINIMUM_ORDER", message: "Add ¥20,000 more to reach the ¥40,000 minimum for a first order",
    });
  });
});

describe("checkout fields: PO No., requested delivery and a note to the brand", { timeout: 120_000 }, () => {
  it("stored on the order and in the buyer's receipt", async () => {
    const { world, link, navyS, save } = await instantWorld();
    await save(singles([[navyS, 1]]));
    const today = todayIn(world.brand.timeZone);
    const later = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const placed = await placeLinkOrderAction(link.token, checkoutInput({ poNumber: "  PO-2026-118  ", requestedDeliveryFrom: today, requestedDeliveryTo: later, buyerNote: "Please ship with the spring order.", email: "po@test.example" }));
    expect(placed).toMatchObject({ ok: true });
    const order = await prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id } });
    expect(order).toMatchObject({ poNumber: "PO-2026-118", buyerNote: "Please ship with the spring order." });
    expect(order.requestedDeliveryFrom?.toISOString().slice(0, 10)).toBe(today);
    expect(order.requestedDeliveryTo?.toISOString().slice(0, 10)).toBe(later);
    const mail = await renderedMail({ brandId: world.brand.id, template: "orderReceived" });
    expect(mail.text).toContain("PO No.: PO-2026-118");
    expect(mail.text).toContain("Requested delivery:");
    expect(mail.text).toContain("Note to the brand: Please ship with the spring order.");
  });

  it("a PO No. over 50 characters, a day in the past, a last day before the first, a window without its first day and a long note: field errors, nothing written", async () => {
    const { world, link, navyS, save } = await instantWorld();
    await save(singles([[navyS, 1]]));
    const today = todayIn(world.brand.timeZone);
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await placeLinkOrderAction(link.token, checkoutInput({ poNumber: "P".repeat(51), requestedDeliveryFrom: yesterday, buyerNote: "n".repeat(1001) }))).toMatchObject({
      ok: false, code: "VALIDATION", fieldErrors: { poNumber: "This is too long.", requestedDeliveryFrom: "Choose today or a later date.", buyerNote: "This is too long." },
    });
    expect(await placeLinkOrderAction(link.token, checkoutInput({ requestedDeliveryFrom: tomorrow, requestedDeliveryTo: today }))).toMatchObject({
      ok: false, fieldErrors: { requestedDeliveryTo: "The last day is before the first day." },
    });
    expect(await placeLinkOrderAction(link.token, checkoutInput({ requestedDeliveryTo: tomorrow }))).toMatchObject({ ok: false, fieldErrors: { requestedDeliveryFrom: "Enter the first day of the window." } });
    expect(await placeLinkOrderAction(link.token, checkoutInput({ requestedDeliveryFrom: "2026-02-30" }))).toMatchObject({ ok: false, fieldErrors: { requestedDeliveryFrom: "Enter a valid date." } });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
    expect(await cartRowsOf(world.brand.id)).toMatchObject({ lines: [{ quantity: 1 }] });
  });
});
