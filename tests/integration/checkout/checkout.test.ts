import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { POST as stripeWebhook } from "@/app/api/stripe/webhook/route";
import { prisma } from "@/lib/db/client";
import { loginWithOfflineBuyerAction, loginWithUserAccountAction, placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { resolveLink } from "@/lib/link-access/resolve-link";
import { loadCart } from "@/lib/cart/cart";
import { actAs } from "../../support/next-request";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";
import { renderedMail } from "../../support/outbox";

async function addToCart(world: LinkWorld, token: string, quantities: number[] = [2, 1]) {
  const result = await saveLinkCartAction(token, { productId: world.product.id, quantities: quantities.map((quantity, i) => ({ skuId: world.skus[i].id, quantity })) });
  expect(result.ok).toBe(true);
  return result;
}

describe("pricing through a link", { timeout: 120_000 }, () => {
  it("Customer Order Link: the buyer's terms, overridden by catalog, product, catalog-product in that order", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world);
    await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD });
    const price = async () => (await loadCart((await resolveLink(link.token))!.purchase!)).lines[0].unitPrice;
    await addToCart(world, link.token, [1]);
    expect(await price()).toBe(9000); // terms 10 %
    await prisma.catalog.update({ where: { id: world.catalog.id }, data: { discountRate: 20 } });
    expect(await price()).toBe(8000);
    await prisma.product.update({ where: { id: world.product.id }, data: { discountRate: 30 } });
    expect(await price()).toBe(7000);
    await prisma.catalogProduct.update({ where: { id: world.catalogProduct.id }, data: { discountRate: 0 } });
    expect(await price()).toBe(10000);
  });

  it("Instant Order Link: the link's currency and discount, never a buyer's", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", currency: "USD", discountRate: 5 });
    await addToCart(world, link.token, [3]);
    const cart = await loadCart((await resolveLink(link.token))!.purchase!);
    expect(cart).toMatchObject({ currency: "USD", subtotal: 3 * 6650, lines: [{ unitPrice: 6650, quantity: 3 }] });
  });
});

describe("the cart", { timeout: 120_000 }, () => {
  it("a product's grid sets, changes and removes its lines in one save; a SKU named twice takes its last quantity; saves at once never collide", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT" });
    const [a, b] = world.skus;
    const save = (quantities: { skuId: string; quantity: number }[]) => saveLinkCartAction(link.token, { productId: world.product.id, quantities });
    const lines = async () => (await loadCart((await resolveLink(link.token))!.purchase!)).lines.map((l) => [l.skuId, l.quantity]).sort();
    expect(await save([{ skuId: a.id, quantity: 2 }, { skuId: b.id, quantity: 1 }])).toMatchObject({ ok: true });
    expect(await lines()).toEqual([[a.id, 2], [b.id, 1]].sort());
    expect(await save([{ skuId: a.id, quantity: 0 }, { skuId: b.id, quantity: 4 }, { skuId: b.id, quantity: 5 }])).toMatchObject({ ok: true });
    expect(await lines()).toEqual([[b.id, 5]]);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => save([{ skuId: a.id, quantity: i + 1 }, { skuId: b.id, quantity: 7 }])));
    expect(results.every((r) => r.ok)).toBe(true);
    const after = await lines();
    expect(after).toHaveLength(2);
    expect(after).toContainEqual([b.id, 7]);
  });
});

describe("placing an order", { timeout: 120_000 }, () => {
  it("one transaction: order in Please create an OC with the next number, cart emptied, audit and e-mail, stock untouched", async () => {
    const world = await createLinkWorld();
    await prisma.brand.update({ where: { id: world.brand.id }, data: { lastOrderNumber: 41 } });
    const link = await createLink(world);
    await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD });
    await addToCart(world, link.token);
    const result = await placeLinkOrderAction(link.token, checkoutInput({ email: "buyer@shop.example" }));
    expect(result).toMatchObject({ ok: true, data: { orderNumber: `${world.brand.orderPrefix}-000042` } });
    const order = await prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id }, include: { lines: true } });
    expect(order).toMatchObject({
      number: 42, status: "PLEASE_CREATE_OC", buyerId: world.buyer.id, source: "ORDER_LINK", sourceLinkId: link.id, placedVia: "USER_ACCOUNT",
      subtotal: 27000, shippingFee: 0, total: 27000, paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP",
      // The link hides the address and no shipping settings apply: no address on the order.
      shipLine1: null, shipRecipient: null, shipCountry: "JP",
    });
    expect(order.lines).toHaveLength(2);
    expect(await prisma.cartLine.count({ where: { cart: { brandId: world.brand.id } } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "order.place" } })).toBe(1);
    expect(await renderedMail({ brandId: world.brand.id })).toMatchObject({ to: "buyer@shop.example", template: "orderReceived", subject: expect.stringContaining("-000042") });
    expect((await prisma.sku.findUniqueOrThrow({ where: { id: world.skus[0].id } })).stockQuantity).toBe(10);
    expect(await prisma.brand.findUniqueOrThrow({ where: { id: world.brand.id } })).toMatchObject({ lastOrderNumber: 42 });
  });

  it("concurrent submits of one form create exactly one order", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT" });
    await addToCart(world, link.token);
    const input = checkoutInput();
    const results = await Promise.all(Array.from({ length: 8 }, () => placeLinkOrderAction(link.token, input)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.data.orderNumber : "")))).toHaveProperty("size", 1);
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { brandId: world.brand.id, action: "order.place" } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { brandId: world.brand.id } })).toBe(1);
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: world.brand.id } })).lastOrderNumber).toBe(1);
  });

  it("another tab's checkout of a cart already ordered gets that order back, marked already placed; nothing more is ordered", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT" });
    await addToCart(world, link.token);
    // Two tabs, two forms (two idempotency keys), submitted at once: one order, and the other tab is told.
    const [a, b] = await Promise.all([placeLinkOrderAction(link.token, checkoutInput()), placeLinkOrderAction(link.token, checkoutInput())]);
    expect(a.ok && b.ok).toBe(true);
    const order = await prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id } });
    const answers = [a, b].map((r) => (r.ok ? r.data : null));
    expect(answers).toContainEqual({ orderNumber: `${world.brand.orderPrefix}-000001`, redirectTo: `/l/${link.token}/orders/${order.id}` });
    expect(answers).toContainEqual({ orderNumber: `${world.brand.orderPrefix}-000001`, redirectTo: `/l/${link.token}/orders/${order.id}`, alreadyPlaced: true });
    // A tab that comes back later still gets the same answer, and nothing more is written.
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: true, data: { alreadyPlaced: true, redirectTo: `/l/${link.token}/orders/${order.id}` } });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { brandId: world.brand.id } })).toBe(1);

    // Once the cart changes, it is a new cart: emptied by hand it is just empty, filled it orders anew.
    await addToCart(world, link.token, [1]);
    await addToCart(world, link.token, [0]);
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: false, code: "CART_EMPTY", message: "Your cart is empty." });
    await addToCart(world, link.token, [1]);
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: true, data: { orderNumber: `${world.brand.orderPrefix}-000002` } });
  });

  it("bad input writes nothing and explains each field; an empty cart is refused", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", addressField: "SHOW" });
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: false, code: "CART_EMPTY" });
    await addToCart(world, link.token);
    const result = await placeLinkOrderAction(link.token, checkoutInput({ companyName: "", email: "nope", shipLine1: "" }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { companyName: "Enter the company name.", email: "Enter a valid email address.", shipLine1: "Enter the address." } });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: world.brand.id } })).lastOrderNumber).toBe(0);
  });

  it("shipping fee: the link's rate group, else the catalog's when the link's are all invalid; the address is then forced", async () => {
    const world = await createLinkWorld();
    const linkGroup = await prisma.shippingRateGroup.create({ data: { brandId: world.brand.id, name: "JP", currency: "JPY", country: "JP", rates: { create: [{ name: "Standard", minAmount: 0, maxAmount: null, fee: 1200 }] } } });
    const catalogGroup = await prisma.shippingRateGroup.create({ data: { brandId: world.brand.id, name: "World USD", currency: "USD", country: null, rates: { create: [{ name: "Express", minAmount: 0, maxAmount: null, fee: 4500 }] } } });
    await prisma.catalogShippingRateGroup.create({ data: { catalogId: world.catalog.id, rateGroupId: catalogGroup.id } });

    const jpy = await createLink(world, { type: "INSTANT", currency: "JPY", rateGroupIds: [linkGroup.id] });
    await addToCart(world, jpy.token, [1]);
    const noAddress = await placeLinkOrderAction(jpy.token, checkoutInput({ shipLine1: "" }));
    expect(noAddress).toMatchObject({ ok: false, fieldErrors: { shipLine1: "Enter the address." } });
    expect(await placeLinkOrderAction(jpy.token, checkoutInput())).toMatchObject({ ok: true });
    expect(await prisma.order.findFirstOrThrow({ where: { sourceLinkId: jpy.id } })).toMatchObject({ shippingFee: 1200, total: 10000 + 1200, shippingRateGroupId: linkGroup.id, shipLine1: "1-2-3 Jinnan" });

    await actAs(null);
    const usd = await createLink(world, { type: "INSTANT", currency: "USD", rateGroupIds: [linkGroup.id] });
    await addToCart(world, usd.token, [1]);
    expect(await placeLinkOrderAction(usd.token, checkoutInput({ country: "US", email: "usd@test.example" }))).toMatchObject({ ok: true });
    expect(await prisma.order.findFirstOrThrow({ where: { sourceLinkId: usd.id } })).toMatchObject({ shippingFee: 4500, total: 7000 + 4500, shippingRateGroupId: catalogGroup.id, shippingOptionName: "Express" });
  });
});

describe("guests and offline buyers", { timeout: 120_000 }, () => {
  it("a guest with a new e-mail becomes one new offline buyer of the brand, with the link's terms", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", currency: "USD", discountRate: 5 });
    await addToCart(world, link.token, [1]);
    expect(await placeLinkOrderAction(link.token, checkoutInput({ email: "new-shop@test.example", companyName: "New Shop", country: "US" }))).toMatchObject({ ok: true });
    const buyer = await prisma.buyer.findFirstOrThrow({ where: { email: "new-shop@test.example" }, include: { connections: true } });
    expect(buyer).toMatchObject({ name: "New Shop", ownership: "OFFLINE", ownerBrandId: world.brand.id, country: "US" });
    expect(buyer.connections).toMatchObject([{ brandId: world.brand.id, status: "CONNECTED", currency: "USD" }]);
  });

  it("offline buyer transition enabled: the buyer becomes customer-owned and its login becomes a Buyer App user", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { offlineBuyerTransition: true });
    await loginWithOfflineBuyerAction(link.token, { email: world.offlineLoginEmail, password: "offline-pass-1" });
    await addToCart(world, link.token, [1]);
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: true });
    const buyer = await prisma.buyer.findUniqueOrThrow({ where: { id: world.offlineBuyer.id }, include: { members: { include: { user: true } } } });
    expect(buyer).toMatchObject({ ownership: "CUSTOMER_OWNED", ownerBrandId: null });
    expect(buyer.members).toMatchObject([{ role: "OWNER", user: { email: world.offlineLoginEmail } }]);
    expect(await prisma.order.findFirstOrThrow({ where: { sourceLinkId: link.id } })).toMatchObject({ buyerId: buyer.id, placedVia: "OFFLINE_BUYER" });
    expect(await prisma.auditEvent.count({ where: { entityId: buyer.id, action: "buyer.transition" } })).toBe(1);
  });

  it("offline buyer transition disabled: the buyer stays the brand's offline buyer", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { offlineBuyerTransition: false });
    await loginWithOfflineBuyerAction(link.token, { email: world.offlineLoginEmail, password: "offline-pass-1" });
    await addToCart(world, link.token, [1]);
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: true });
    expect(await prisma.buyer.findUniqueOrThrow({ where: { id: world.offlineBuyer.id } })).toMatchObject({ ownership: "OFFLINE", ownerBrandId: world.brand.id });
    expect(await prisma.buyerMember.count({ where: { buyerId: world.offlineBuyer.id } })).toBe(0);
  });
});

describe("Stripe", { timeout: 120_000 }, () => {
  const secret = "whsec_test_secret";

  async function awaitingOrder() {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT" });
    await addToCart(world, link.token, [1]);
    await placeLinkOrderAction(link.token, checkoutInput());
    const order = await prisma.order.findFirstOrThrow({ where: { sourceLinkId: link.id } });
    return prisma.order.update({ where: { id: order.id }, data: { paymentMethod: "STRIPE_CARD", paymentStatus: "AWAITING_PAYMENT", stripeCheckoutSessionId: `cs_test_${order.id}` } });
  }

  function event(sessionId: string, orderId: string, id = `evt_${sessionId}`) {
    return JSON.stringify({ id, object: "event", type: "checkout.session.completed", data: { object: { id: sessionId, object: "checkout.session", payment_status: "paid", metadata: { orderId } } } });
  }

  function post(payload: string, signature: string) {
    return stripeWebhook(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: payload, headers: { "stripe-signature": signature } }));
  }

  it("is not offered without keys", async () => {
    delete process.env.STRIPE_SECRET_KEY;
    const world = await createLinkWorld();
    await prisma.brand.update({ where: { id: world.brand.id }, data: { stripeEnabled: true } });
    const link = await createLink(world, { type: "INSTANT", paymentMethods: ["PAY_OUTSIDE_APP", "STRIPE_CARD"] });
    await addToCart(world, link.token, [1]);
    expect(await placeLinkOrderAction(link.token, checkoutInput({ paymentMethod: "STRIPE_CARD" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { paymentMethod: expect.any(String) } });
  });

  it("a correctly signed webhook marks the order paid once; a forged one changes nothing", async () => {
    process.env.STRIPE_WEBHOOK_SECRET = secret;
    const order = await awaitingOrder();
    const payload = event(order.stripeCheckoutSessionId!, order.id);

    const forged = await post(payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_wrong" }));
    expect(forged.status).toBe(400);
    const tampered = await post(payload.replace("paid", "paid "), Stripe.webhooks.generateTestHeaderString({ payload, secret }));
    expect(tampered.status).toBe(400);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).paymentStatus).toBe("AWAITING_PAYMENT");

    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret });
    const ok = await post(payload, header);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ received: true, handled: "paid" });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).paymentStatus).toBe("PAID");
    // Stripe retries: the same event again has no second effect.
    expect(await (await post(payload, header)).json()).toMatchObject({ handled: "duplicate" });
    expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "payment.update" } })).toBe(1);
  });
});
