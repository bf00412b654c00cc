import { expect, test, type Page } from "@playwright/test";
import { hashSecret } from "../../lib/auth/password";
import { DEMO_PASSWORD } from "./support/accounts";
import { createLinkBrand, e2ePrisma, LINK_PASSWORD } from "./support/link-pages-fixture";

test("void, expired, not-yet-open and unknown links each get their page", { tag: "@smoke" }, async ({ page }) => {
  await page.goto("/l/aa-customer-void-0Fy8sL3kPw");
  await expect(page.getByTestId("link-void")).toContainText("This link has been stopped");
  await page.goto("/l/aa-customer-past-1Qm4xT7jBn");
  await expect(page.getByTestId("link-expired")).toContainText("This link has expired");
  await page.goto("/l/aa-customer-soon-6Vd9cK5gHs");
  await expect(page.getByTestId("link-not-yet-open")).toContainText("This link is not yet open");
  const missing = await page.goto("/l/no-such-link-token");
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId("link-not-found")).toBeVisible();
});

test("a wrong passcode is refused, the right one leads to the login", { tag: "@smoke" }, async ({ page }) => {
  await page.goto("/l/aa-customer-pass-8Bx1qS4tLd");
  await page.getByLabel("Passcode").fill("autumn");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("link-form-error")).toHaveText("The passcode is incorrect.");
  await page.getByLabel("Passcode").fill("spring27");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("link-login")).toBeVisible();
  await expect(page.getByRole("tab", { name: "Login with Brand-Specific Credentials" })).toBeVisible();
});

test("a view-only link shows the catalog with no cart and no quantity inputs", { tag: "@smoke" }, async ({ page }) => {
  await page.goto("/l/aa-customer-view-3Wp6zR2nYf");
  await page.getByLabel("Email").fill("buyer@shibuya-select.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("link-choose-buyer")).toBeVisible();
  await page.getByRole("button", { name: "Shibuya Select" }).click();
  await expect(page.getByTestId("view-only-notice")).toBeVisible();
  await expect(page.getByTestId("cart-badge")).toHaveCount(0);
  await page.getByRole("link", { name: /2027 Spring\/Summer/ }).click();
  await expect(page.getByTestId("product-card").first()).toBeVisible();
  await expect(page.getByRole("spinbutton")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /カートに追加|Add to cart/ })).toHaveCount(0);
  await page.goto("/l/aa-customer-view-3Wp6zR2nYf/checkout");
  await expect(page).toHaveURL(/\/l\/aa-customer-view-3Wp6zR2nYf$/);
});

async function orderTwoShirts(page: Page, addLabel: RegExp) {
  await page.getByRole("link", { name: /Spring Line/ }).click();
  const grid = page.getByRole("form", { name: "Linen Shirt" });
  await grid.getByRole("spinbutton").nth(0).fill("2");
  await grid.getByRole("spinbutton").nth(3).fill("1");
  await grid.getByRole("button", { name: addLabel }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("3");
  // The cart survives a reload.
  await page.reload();
  await expect(page.getByTestId("cart-count")).toHaveText("3");
  await page.getByTestId("cart-badge").click();
}

test("Login with User Account: Japanese terms, shipping fee, order placed once", async ({ page }) => {
  const world = await createLinkBrand();
  await page.goto(`/l/${world.customerLink.token}`);
  await page.getByLabel("Email").fill(world.user.email);
  await page.getByLabel("Password").fill(LINK_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "カタログ" })).toBeVisible();
  await orderTwoShirts(page, /カートに追加/);
  await expect(page.getByTestId("cart-subtotal")).toHaveText("￥32,400");
  await page.getByRole("link", { name: "ご注文手続きへ進む" }).click();
  // Shipping settings apply, so the address is shown although the link hides it.
  await expect(page.getByTestId("address-section")).toBeVisible();
  await expect(page.getByTestId("shipping-fee")).toHaveText("￥1,000");
  await expect(page.getByTestId("order-total")).toHaveText("￥33,400");
  await page.getByRole("button", { name: "注文を確定する" }).dblclick();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  const number = await page.getByTestId("order-number").textContent();
  expect(number).toMatch(new RegExp(`^${world.brand.orderPrefix}-000001$`));
  const orders = await e2ePrisma().order.findMany({ where: { brandId: world.brand.id } });
  expect(orders).toHaveLength(1);
  expect(orders[0]).toMatchObject({ placedVia: "USER_ACCOUNT", status: "PLEASE_CREATE_OC", total: 33400, shipLine1: "1-2-3 Jinnan" });
});

test("Login with Offline Buyer: USD terms, order without an address", async ({ page }) => {
  const world = await createLinkBrand();
  await page.goto(`/l/${world.plainCustomerLink.token}`);
  await page.getByRole("tab", { name: "Login with Offline Buyer" }).click();
  await page.getByLabel("Email").fill(world.offline.linkLoginEmail!);
  await page.getByLabel("Password").fill(LINK_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("ordering-as")).toContainText(world.offline.name);
  await orderTwoShirts(page, /Add to cart/);
  await expect(page.getByTestId("cart-subtotal")).toHaveText("$240.00");
  await page.getByRole("link", { name: "Proceed to checkout" }).click();
  await expect(page.getByTestId("address-section")).toHaveCount(0);
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("placed-total")).toHaveText("$240.00");
  const order = await e2ePrisma().order.findFirstOrThrow({ where: { brandId: world.brand.id } });
  expect(order).toMatchObject({ placedVia: "OFFLINE_BUYER", currency: "USD", shipLine1: null, buyerId: world.offline.id });
});

test("Login with Brand-Specific Credentials records who placed the order", async ({ page }) => {
  const world = await createLinkBrand();
  await page.goto(`/l/${world.plainCustomerLink.token}`);
  await page.getByRole("tab", { name: "Login with Brand-Specific Credentials" }).click();
  await page.getByLabel("Unique code").fill(world.code);
  await page.getByLabel("Passcode").fill("wrong-passcode");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("link-form-error")).toHaveText("The unique code or passcode is incorrect.");
  await page.getByLabel("Passcode").fill(LINK_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await orderTwoShirts(page, /カートに追加/);
  await page.getByRole("link", { name: "ご注文手続きへ進む" }).click();
  await page.getByRole("button", { name: "注文を確定する" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  const order = await e2ePrisma().order.findFirstOrThrow({ where: { brandId: world.brand.id } });
  expect(order).toMatchObject({ placedVia: "BRAND_CREDENTIALS", placedByLabel: "orders.history.someStaffViaCredentials", buyerId: world.buyer.id });
});

test("a buyer whose connection is Closed is refused at login", async ({ page }) => {
  const world = await createLinkBrand();
  await page.goto(`/l/${world.plainCustomerLink.token}`);
  await page.getByRole("tab", { name: "Login with Offline Buyer" }).click();
  await page.getByLabel("Email").fill(world.closedBuyer.linkLoginEmail!);
  await page.getByLabel("Password").fill(LINK_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("link-form-error")).toContainText("Your connection with this brand is closed");
});

test("a guest orders through an Instant Order Link on a phone", async ({ browser }) => {
  const world = await createLinkBrand();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`/l/${world.instantLink.token}`);
  await expect(page.getByTestId("link-contacts")).toContainText("Haruka Sato");
  await orderTwoShirts(page, /Add to cart/);
  await page.screenshot({ path: "test-results/link-pages-phone-cart.png", fullPage: true });
  await page.getByRole("link", { name: "Proceed to checkout" }).click();
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByText("Enter the company name.")).toBeVisible();
  await page.getByLabel("Company name").fill("Pop-up Shop");
  await page.getByLabel("Contact name").fill("Mei Chen");
  await page.getByLabel("Email").fill(`guest-${world.brand.slug}@e2e.example`);
  await page.getByLabel("Phone").fill("+81 90 0000 0000");
  await page.getByLabel("Recipient name").fill("Mei Chen");
  await page.getByLabel("Postal code").fill("150-0001");
  await page.getByLabel("Address line 1").fill("2-1 Jingumae");
  await page.getByLabel("City").fill("Tokyo");
  await page.screenshot({ path: "test-results/link-pages-phone-checkout.png", fullPage: true });
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  const order = await e2ePrisma().order.findFirstOrThrow({ where: { brandId: world.brand.id }, include: { buyer: true } });
  expect(order).toMatchObject({ placedVia: "GUEST", shipLine1: "2-1 Jingumae", buyer: { name: "Pop-up Shop", ownership: "OFFLINE" } });
  await context.close();
});

test("a visitor who sends a new X-Forwarded-For with each wrong passcode stays locked out", async ({ page }) => {
  const world = await createLinkBrand();
  await e2ePrisma().orderLink.update({ where: { id: world.instantLink.id }, data: { passcodeHash: await hashSecret(LINK_PASSWORD) } });
  await page.goto(`/l/${world.instantLink.token}`);
  const submit = async (passcode: string, forwardedFor: string) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": forwardedFor });
    await page.getByLabel("Passcode").fill(passcode);
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Continue" }).click()]);
    // A refused passcode empties the field: wait for that before typing the next one.
    await expect(page.getByLabel("Passcode")).toHaveValue("");
    return page.getByTestId("link-form-error");
  };
  for (let i = 1; i <= 10; i++) await expect(await submit(`wrong-${i}`, `203.0.113.${i}`)).toHaveText("The passcode is incorrect.");
  await expect(await submit(LINK_PASSWORD, "198.51.100.250")).toHaveText("Too many failed attempts. Please wait 15 minutes and try again.");
  await expect(page.getByLabel("Passcode")).toBeVisible();
});
