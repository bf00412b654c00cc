// Stripe Credit Card Payment in the browser: the e2e server's Stripe API is a local stand-in
// (scripts/e2e-server.ts), so a guest is really redirected to a Checkout Session's hosted page,
// and the test delivers Stripe's signed webhook to the app as Stripe would.
import { expect, test, type Page } from "@playwright/test";
import { hashSecret } from "../../lib/auth/password";
import { checkoutSessionEvent, signedEvent, STAND_IN_SECRET_KEY, webhookRequest, type CheckoutEventType } from "../support/stripe-stand-in";
import { signIn } from "./support/accounts";
import { createLinkBrand, e2ePrisma, LINK_PASSWORD } from "./support/link-pages-fixture";

/** A brand with the Stripe add-on, an owner to sign in as, and an Instant Order Link offering card payment. */
async function cardBrand() {
  const world = await createLinkBrand();
  const prisma = e2ePrisma();
  await prisma.brand.update({ where: { id: world.brand.id }, data: { stripeEnabled: true } });
  await prisma.orderLink.update({ where: { id: world.instantLink.id }, data: { paymentMethods: ["PAY_OUTSIDE_APP", "STRIPE_CARD"] } });
  const owner = await prisma.user.create({ data: { email: `owner-${world.brand.slug}@e2e.example`, name: "Brand Owner", passwordHash: await hashSecret(LINK_PASSWORD) } });
  await prisma.brandMember.create({ data: { brandId: world.brand.id, userId: owner.id, role: "OWNER" } });
  return { ...world, owner, token: world.instantLink.token };
}

/** A guest orders two shirts, chooses card payment and lands on Stripe's (the stand-in's) page. */
async function checkoutByCard(page: Page, token: string, email: string) {
  await page.goto(`/l/${token}`);
  await page.getByRole("link", { name: /Spring Line/ }).click();
  const grid = page.getByRole("form", { name: "Linen Shirt" });
  await grid.getByRole("spinbutton").nth(0).fill("2");
  await grid.getByRole("button", { name: /Add to cart/ }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("2");
  await page.getByTestId("cart-badge").click();
  await page.getByRole("link", { name: "Proceed to checkout" }).click();
  await page.getByLabel("Company name").fill("Card Shop");
  await page.getByLabel("Contact name").fill("Aki Ueda");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Phone").fill("+81 90 1234 5678");
  await page.getByLabel("Stripe Credit Card Payment").check();
  await page.getByLabel("Recipient name").fill("Aki Ueda");
  await page.getByLabel("Postal code").fill("150-0001");
  await page.getByLabel("Address line 1").fill("2-1 Jingumae");
  await page.getByLabel("City").fill("Tokyo");
  await page.getByRole("button", { name: "Place order" }).click();
  await page.waitForURL(/\/pay\/cs_test_[0-9a-f]+$/);
  const payPage = new URL(page.url());
  return { standIn: payPage.origin, sessionId: payPage.pathname.split("/").pop()! };
}

/** Stripe's API, as the app uses it: the stand-in checks the secret key. */
async function stripeApi(standIn: string, method: "GET" | "POST", path: string) {
  const response = await fetch(`${standIn}${path}`, { method, headers: { Authorization: `Bearer ${STAND_IN_SECRET_KEY}` } });
  expect(response.status, `${method} ${path}`).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** Stripe delivers the event for the session, signed, to the app's webhook URL. */
async function deliverWebhook(baseURL: string, type: CheckoutEventType, session: object) {
  const response = await fetch(webhookRequest(`${baseURL}/api/stripe/webhook`, signedEvent(checkoutSessionEvent(type, session))));
  expect(response.status).toBe(200);
  return (await response.json()) as { handled?: string };
}

async function openOrderAsBrand(page: Page, email: string, orderNumber: string) {
  await signIn(page, email, LINK_PASSWORD);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/admin/orders");
  const row = page.getByTestId("order-row").filter({ hasText: orderNumber });
  await expect(row).toHaveCount(1);
  return row;
}

test("a guest pays by card: Stripe's page, back to the order, the signed webhook marks it paid and the brand sees it Paid", async ({ page, browser, baseURL }) => {
  const world = await cardBrand();
  const { standIn, sessionId } = await checkoutByCard(page, world.token, `card-${world.brand.slug}@e2e.example`);
  const order = await e2ePrisma().order.findFirstOrThrow({ where: { brandId: world.brand.id } });
  // 2 shirts at 12,000 JPY: the session charges 24,000 yen (JPY has no minor unit).
  expect(order).toMatchObject({ paymentMethod: "STRIPE_CARD", paymentStatus: "AWAITING_PAYMENT", total: 24000, stripeCheckoutSessionId: sessionId });
  await expect(page.getByTestId("stand-in-amount")).toHaveText("24000 JPY (smallest unit)");
  expect(await stripeApi(standIn, "GET", `/v1/checkout/sessions/${sessionId}`)).toMatchObject({ amount_total: 24000, currency: "jpy", metadata: { orderId: order.id } });

  // Paying on Stripe's page returns to the order's page, where the payment is not confirmed yet.
  await page.getByRole("button", { name: "Pay" }).click();
  await page.waitForURL(`${baseURL}/l/${world.token}/orders/${order.id}?paid=1`);
  await expect(page.getByTestId("payment-state")).toHaveText("Card payment not yet confirmed.");

  const paid = await stripeApi(standIn, "GET", `/v1/checkout/sessions/${sessionId}`);
  expect(paid).toMatchObject({ status: "complete", payment_status: "paid" });
  expect(await deliverWebhook(baseURL!, "checkout.session.completed", paid)).toEqual({ received: true, handled: "paid" });
  await page.reload();
  await expect(page.getByTestId("payment-state")).toHaveText("Paid by card.");

  const staff = await (await browser.newContext()).newPage();
  const number = `${world.brand.orderPrefix}-000001`;
  const row = await openOrderAsBrand(staff, world.owner.email, number);
  await expect(row.getByTestId("payment-status")).toHaveText("Paid");
  await row.getByRole("link", { name: `Detail of ${number}` }).click();
  await expect(staff.getByTestId("order-payment")).toContainText("Credit card (Stripe)");
  await expect(staff.getByTestId("order-payment")).toContainText("Paid");
  await expect(staff.getByTestId("order-history")).toContainText("Card payment: Awaiting payment → Paid");
});

test("an expired card payment leaves the order unpaid, shown so to the buyer and in the brand's Order Management", async ({ page, browser, baseURL }) => {
  const world = await cardBrand();
  const { standIn, sessionId } = await checkoutByCard(page, world.token, `late-${world.brand.slug}@e2e.example`);
  const order = await e2ePrisma().order.findFirstOrThrow({ where: { brandId: world.brand.id } });

  // The buyer leaves Stripe's page unpaid; 24 hours later Stripe expires the session and says so.
  await page.getByRole("link", { name: "Cancel" }).click();
  await page.waitForURL(`${baseURL}/l/${world.token}/orders/${order.id}`);
  const expired = await stripeApi(standIn, "POST", `/v1/checkout/sessions/${sessionId}/expire`);
  expect(expired).toMatchObject({ status: "expired", payment_status: "unpaid" });
  expect(await deliverWebhook(baseURL!, "checkout.session.expired", expired)).toEqual({ received: true, handled: "expired" });
  await page.reload();
  await expect(page.getByTestId("payment-state")).toHaveText("Card payment was not completed: the payment page expired. Please contact the brand.");
  expect((await e2ePrisma().order.findUniqueOrThrow({ where: { id: order.id } })).paymentStatus).toBe("EXPIRED");

  const staff = await (await browser.newContext()).newPage();
  const number = `${world.brand.orderPrefix}-000001`;
  const row = await openOrderAsBrand(staff, world.owner.email, number);
  await expect(row.getByTestId("payment-status")).toHaveText("Unpaid (payment page expired)");
  await row.getByRole("link", { name: `Detail of ${number}` }).click();
  await expect(staff.getByTestId("order-payment")).toContainText("Unpaid (payment page expired)");
  await expect(staff.getByTestId("order-history")).toContainText("Card payment: Awaiting payment → Unpaid (payment page expired)");
});
