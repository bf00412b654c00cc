// Stripe Credit Card Payment end to end, against the local Stripe stand-in: the real checkout
// actions create the Checkout Session through the app's Stripe SDK (STRIPE_API_BASE), and signed
// webhook deliveries go through the real webhook route handler.
import { createElement } from "react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as stripeWebhook } from "@/app/api/stripe/webhook/route";
import { OrdersTable } from "@/components/orders/orders-table";
import { placeStandardOrderAction, saveStandardOrderCartAction } from "@/lib/buyer-app/standard-order-actions";
import { prisma } from "@/lib/db/client";
import { placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { getOrderDetail, listOrders } from "@/lib/orders/queries";
import { parseOrderFilters } from "@/lib/orders/schemas";
import { actAs } from "../../support/next-request";
import { renderInApp } from "../../support/render-in-app";
import {
  checkoutSessionEvent, signedEvent, startStripeStandIn, STAND_IN_SECRET_KEY, STAND_IN_WEBHOOK_SECRET, webhookRequest,
  type StripeStandIn,
} from "../../support/stripe-stand-in";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

const WEBHOOK_URL = "http://localhost:3000/api/stripe/webhook";
const ORIGIN = "http://localhost:3000"; // the request origin next-request's headers give the actions
const CREATE = ["POST", "/v1/checkout/sessions"] as const;

let standIn: StripeStandIn;
const savedEnv = { ...process.env };

beforeAll(async () => {
  standIn = await startStripeStandIn();
  process.env.STRIPE_API_BASE = standIn.url;
  process.env.STRIPE_SECRET_KEY = STAND_IN_SECRET_KEY;
  process.env.STRIPE_WEBHOOK_SECRET = STAND_IN_WEBHOOK_SECRET;
});

afterEach(() => {
  process.env.STRIPE_SECRET_KEY = STAND_IN_SECRET_KEY;
});

afterAll(async () => {
  await standIn.stop();
  for (const name of ["STRIPE_API_BASE", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"]) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});

/** A brand with the Stripe add-on and an Instant Order Link offering card payment in `currency`. */
async function cardLink(currency: "JPY" | "USD" = "JPY", options: { addOn?: boolean } = {}) {
  const world = await createLinkWorld();
  await prisma.brand.update({ where: { id: world.brand.id }, data: { stripeEnabled: options.addOn ?? true } });
  const link = await createLink(world, { type: "INSTANT", currency, paymentMethods: ["PAY_OUTSIDE_APP", "STRIPE_CARD"] });
  return { world, link };
}

async function fillCart(world: LinkWorld, token: string, quantities: number[]) {
  const saved = await saveLinkCartAction(token, { productId: world.product.id, quantities: quantities.map((quantity, i) => ({ skuId: world.skus[i].id, quantity })) });
  expect(saved.ok).toBe(true);
}

/** A buyer on the link chooses card payment and submits; the order as placed. */
async function payByCard(currency: "JPY" | "USD" = "JPY", quantities = [2, 1]) {
  const { world, link } = await cardLink(currency);
  await actAs(null);
  await fillCart(world, link.token, quantities);
  const input = checkoutInput({ paymentMethod: "STRIPE_CARD", email: `card-${world.brand.id}@test.example` });
  const result = await placeLinkOrderAction(link.token, input);
  const order = await prisma.order.findFirstOrThrow({ where: { sourceLinkId: link.id } });
  return { world, link, input, result, order };
}

function deliver(delivery: { payload: string; signature: string | null }) {
  return stripeWebhook(webhookRequest(WEBHOOK_URL, delivery));
}

const paymentOf = async (orderId: string) => (await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).paymentStatus;
const paymentAudits = (orderId: string) => prisma.auditEvent.findMany({ where: { entityId: orderId, action: "payment.update" } });

describe("card payment chosen at checkout", { timeout: 120_000 }, () => {
  it("a JPY link creates one Checkout Session for the total in yen, with the order's idempotency key and metadata, and sends the buyer to its page", async () => {
    const before = standIn.requestsTo(...CREATE).length;
    const { world, link, result, order } = await payByCard("JPY", [2, 1]);

    // 3 shirts at 10,000 JPY (the link's terms, no discount, no shipping fee): 30,000 yen, not 3,000,000.
    expect(order).toMatchObject({ paymentMethod: "STRIPE_CARD", paymentStatus: "AWAITING_PAYMENT", currency: "JPY", total: 30000 });
    const created = standIn.requestsTo(...CREATE).slice(before);
    expect(created).toHaveLength(1);
    const [request] = created;
    expect(request.status).toBe(200);
    expect(request.idempotencyKey).toBe(`checkout-session-${order.id}`);
    expect(request.form).toMatchObject({
      mode: "payment",
      client_reference_id: order.id,
      customer_email: order.contactEmail,
      metadata: { orderId: order.id, orderNumber: `${world.brand.orderPrefix}-000001` },
      line_items: [{ quantity: "1", price_data: { currency: "jpy", unit_amount: "30000", product_data: { name: `${world.brand.name} order ${world.brand.orderPrefix}-000001` } } }],
      success_url: `${ORIGIN}/l/${link.token}/orders/${order.id}?paid=1`,
      cancel_url: `${ORIGIN}/l/${link.token}/orders/${order.id}`,
    });

    expect(order.stripeCheckoutSessionId).toMatch(/^cs_test_/);
    const session = standIn.session(order.stripeCheckoutSessionId!);
    expect(session).toMatchObject({ amount_total: 30000, currency: "jpy", status: "open" });
    expect(result).toEqual({ ok: true, data: { orderNumber: `${world.brand.orderPrefix}-000001`, redirectTo: `${standIn.url}/pay/${session.id}` } });
  });

  it("a USD link charges the total in cents", async () => {
    const before = standIn.requestsTo(...CREATE).length;
    const { order } = await payByCard("USD", [1, 1]);
    // 2 shirts at 70.00 USD: 14,000 cents.
    expect(order).toMatchObject({ currency: "USD", total: 14000 });
    const [request] = standIn.requestsTo(...CREATE).slice(before);
    expect(request.form).toMatchObject({ line_items: [{ quantity: "1", price_data: { currency: "usd", unit_amount: "14000" } }] });
    expect(standIn.session(order.stripeCheckoutSessionId!)).toMatchObject({ amount_total: 14000, currency: "usd" });
  });

  it("submitting the same checkout form again reopens the one open session: no second session, no second order", async () => {
    const { link, input, result, order } = await payByCard();
    const creates = standIn.requestsTo(...CREATE).length;

    const again = await placeLinkOrderAction(link.token, input);
    expect(again).toEqual(result);
    expect(standIn.requestsTo(...CREATE)).toHaveLength(creates);
    expect(standIn.requestsTo("GET", `/v1/checkout/sessions/${order.stripeCheckoutSessionId}`)).toHaveLength(1);
    expect(await prisma.order.count({ where: { sourceLinkId: link.id } })).toBe(1);
  });

  it("when Stripe refuses the secret key the order stands awaiting payment, the buyer is told to try again, and trying again opens the payment page", async () => {
    const { world, link } = await cardLink();
    await actAs(null);
    await fillCart(world, link.token, [1]);
    const input = checkoutInput({ paymentMethod: "STRIPE_CARD" });
    process.env.STRIPE_SECRET_KEY = "sk_test_revoked_key_0000000000";
    const refusedBefore = standIn.requests.filter((r) => r.status === 401).length;

    const failed = await placeLinkOrderAction(link.token, input);
    expect(failed).toEqual({
      ok: false, code: "STRIPE_UNAVAILABLE", fieldErrors: undefined,
      message: `Your order ${world.brand.orderPrefix}-000001 was placed, but the card payment page could not be opened. Please try again in a moment.`,
    });
    expect(standIn.requests.filter((r) => r.status === 401).length).toBe(refusedBefore + 1);
    const order = await prisma.order.findFirstOrThrow({ where: { sourceLinkId: link.id } });
    expect(order).toMatchObject({ paymentStatus: "AWAITING_PAYMENT", stripeCheckoutSessionId: null });

    process.env.STRIPE_SECRET_KEY = STAND_IN_SECRET_KEY;
    const retried = await placeLinkOrderAction(link.token, input);
    const stored = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(retried).toEqual({ ok: true, data: { orderNumber: `${world.brand.orderPrefix}-000001`, redirectTo: `${standIn.url}/pay/${stored.stripeCheckoutSessionId}` } });
    expect(standIn.requestsTo(...CREATE).filter((r) => r.idempotencyKey === `checkout-session-${order.id}` && r.status === 200)).toHaveLength(1);
    expect(await prisma.order.count({ where: { sourceLinkId: link.id } })).toBe(1);
  });

  it("without the brand's Stripe add-on the card option is refused and nothing is sent to Stripe", async () => {
    const { world, link } = await cardLink("JPY", { addOn: false });
    await actAs(null);
    await fillCart(world, link.token, [1]);
    const before = standIn.requests.length;
    expect(await placeLinkOrderAction(link.token, checkoutInput({ paymentMethod: "STRIPE_CARD" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { paymentMethod: expect.any(String) } });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
    expect(standIn.requests.length).toBe(before);
  });

  it("a Standard Order in the Buyer App goes to Stripe too, coming back to the order's Buyer App page", async () => {
    const world = await createLinkWorld();
    await prisma.brand.update({ where: { id: world.brand.id }, data: { stripeEnabled: true } });
    await prisma.catalog.update({ where: { id: world.catalog.id }, data: { paymentMethods: ["PAY_OUTSIDE_APP", "STRIPE_CARD"] } });
    await actAs(world.buyerUser);
    expect((await saveStandardOrderCartAction(world.brand.id, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 1 }] })).ok).toBe(true);
    const result = await placeStandardOrderAction(world.brand.id, checkoutInput({ paymentMethod: "STRIPE_CARD" }));
    const order = await prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id } });
    // The buyer's terms: 10 % off 10,000 JPY.
    expect(order).toMatchObject({ source: "STANDARD_ORDER", paymentStatus: "AWAITING_PAYMENT", total: 9000 });
    expect(result).toMatchObject({ ok: true, data: { redirectTo: `${standIn.url}/pay/${order.stripeCheckoutSessionId}` } });
    const [request] = standIn.requestsTo(...CREATE).filter((r) => r.idempotencyKey === `checkout-session-${order.id}`);
    expect(request.form).toMatchObject({ success_url: `${ORIGIN}/buyer/orders/${order.id}?paid=1`, line_items: [{ price_data: { currency: "jpy", unit_amount: "9000" } }] });
  });
});

describe("Stripe's webhook", { timeout: 120_000 }, () => {
  it("checkout.session.completed, signed, marks the order paid once; the same delivery again changes nothing", async () => {
    const { order } = await payByCard();
    const sessionId = order.stripeCheckoutSessionId!;
    standIn.pay(sessionId);
    const delivery = standIn.signedEvent("checkout.session.completed", sessionId);

    const first = await deliver(delivery);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, handled: "paid" });
    expect(await paymentOf(order.id)).toBe("PAID");
    expect(await paymentAudits(order.id)).toMatchObject([{ actorLabel: "Stripe", fromStatus: "AWAITING_PAYMENT", toStatus: "PAID" }]);

    // Stripe retries a delivery it did not see acknowledged: the same event, the same signature.
    const replay = await deliver(delivery);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ received: true, handled: "duplicate" });
    // A late expiry for the paid session (events are not ordered) does not unpay it.
    const late = await deliver(signedEvent(checkoutSessionEvent("checkout.session.expired", { ...standIn.session(sessionId), status: "expired" })));
    expect(await late.json()).toEqual({ received: true, handled: "expired" });
    expect(await paymentOf(order.id)).toBe("PAID");
    expect(await paymentAudits(order.id)).toHaveLength(1);
  });

  it("a forged, tampered, unsigned or stale delivery is refused and changes nothing", async () => {
    const { order } = await payByCard();
    const sessionId = order.stripeCheckoutSessionId!;
    standIn.pay(sessionId);
    const event = checkoutSessionEvent("checkout.session.completed", standIn.session(sessionId));
    const genuine = signedEvent(event);

    const tampered = genuine.payload.replace(`"amount_total": 30000`, `"amount_total": 1`);
    expect(tampered).not.toBe(genuine.payload);
    const forgeries = {
      "signed with another secret": signedEvent(event, { secret: "whsec_attacker_guess" }),
      "payload changed after signing": { payload: tampered, signature: genuine.signature },
      "no signature": { payload: genuine.payload, signature: null },
      "signature of another payload": { payload: genuine.payload, signature: signedEvent({ ...event, id: "evt_other" }).signature },
      // A captured delivery replayed after Stripe's five-minute tolerance.
      "signed ten minutes ago": signedEvent(event, { timestamp: Math.floor(Date.now() / 1000) - 600 }),
    };
    for (const [name, forged] of Object.entries(forgeries)) {
      const response = await deliver(forged);
      expect(response.status, name).toBe(400);
      expect(await response.json(), name).toEqual({ received: false, error: "Invalid signature." });
    }
    expect(await paymentOf(order.id)).toBe("AWAITING_PAYMENT");
    expect(await paymentAudits(order.id)).toHaveLength(0);
    expect(await prisma.processedStripeEvent.count({ where: { id: event.id } })).toBe(0);

    // The genuine delivery still works afterwards: the refusals recorded nothing.
    expect(await (await deliver(genuine)).json()).toEqual({ received: true, handled: "paid" });
    expect(await paymentOf(order.id)).toBe("PAID");
  });

  it("an expired session leaves the order unpaid, recorded as expired, shown so in Order Management and the order detail; a later buyer retry does not reopen it", async () => {
    const { world, link, input, order } = await payByCard();
    const sessionId = order.stripeCheckoutSessionId!;
    standIn.expire(sessionId);

    const response = await deliver(standIn.signedEvent("checkout.session.expired", sessionId));
    expect(await response.json()).toEqual({ received: true, handled: "expired" });
    const stored = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored).toMatchObject({ paymentStatus: "EXPIRED", status: "PLEASE_CREATE_OC", stripeCheckoutSessionId: sessionId });
    expect(await paymentAudits(order.id)).toMatchObject([{ actorLabel: "Stripe", fromStatus: "AWAITING_PAYMENT", toStatus: "EXPIRED" }]);

    // The brand: Order Management's row and the order detail carry the payment state.
    const { orders } = await listOrders(world.brand, parseOrderFilters({}), { skip: 0, take: 10 });
    expect(orders).toMatchObject([{ id: order.id, paymentMethod: "STRIPE_CARD", paymentStatus: "EXPIRED" }]);
    const html = renderInApp(createElement(OrdersTable, { orders, prefix: world.brand.orderPrefix }));
    expect(html).toContain("Unpaid (payment page expired)");
    expect(await getOrderDetail(world.brand.id, order.id)).toMatchObject({ paymentMethod: "STRIPE_CARD", paymentStatus: "EXPIRED" });

    // Whatever arrives later for that session (here a signed "completed") leaves the recorded
    // outcome alone, and the buyer submitting the form again lands on the order, not on Stripe.
    const late = checkoutSessionEvent("checkout.session.completed", { ...standIn.session(sessionId), status: "complete", payment_status: "paid" });
    expect(await (await deliver(signedEvent(late))).json()).toEqual({ received: true, handled: "paid" });
    expect(await paymentOf(order.id)).toBe("EXPIRED");
    const creates = standIn.requestsTo(...CREATE).length;
    expect(await placeLinkOrderAction(link.token, input)).toMatchObject({ ok: true, data: { redirectTo: `/l/${link.token}/orders/${order.id}` } });
    expect(standIn.requestsTo(...CREATE)).toHaveLength(creates);
  });

  it("a card order still awaiting payment is listed as such; one paid outside the app shows no payment badge", async () => {
    const { world, order } = await payByCard();
    const { orders } = await listOrders(world.brand, parseOrderFilters({}), { skip: 0, take: 10 });
    expect(orders).toMatchObject([{ id: order.id, paymentStatus: "AWAITING_PAYMENT" }]);
    expect(renderInApp(createElement(OrdersTable, { orders, prefix: world.brand.orderPrefix }))).toContain("Awaiting payment");
    expect(renderInApp(createElement(OrdersTable, { orders, prefix: world.brand.orderPrefix }), "ja")).toContain("支払い待ち");
    const outside = orders.map((o) => ({ ...o, paymentMethod: "PAY_OUTSIDE_APP" as const, paymentStatus: "OUTSIDE_APP" as const }));
    expect(renderInApp(createElement(OrdersTable, { orders: outside, prefix: world.brand.orderPrefix }))).not.toContain('data-testid="payment-status"');
  });
});
