import { expect, test, type Browser, type Page } from "@playwright/test";
import { hashSecret } from "../../lib/auth/password";
import { signInAsBrandStaff } from "./support/accounts";
import { createLinkBrand, e2ePrisma, LINK_PASSWORD } from "./support/link-pages-fixture";

type World = Awaited<ReturnType<typeof createLinkBrand>>;

async function addTwoShirts(page: Page, token: string) {
  await page.goto(`/l/${token}`);
  await page.getByRole("link", { name: /Spring Line/ }).click();
  const grid = page.getByRole("form", { name: "Linen Shirt" });
  await grid.getByRole("spinbutton").nth(0).fill("2");
  await grid.getByRole("button", { name: /Add to cart|カートに追加/ }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("2");
}

async function fillGuestDetails(page: Page, email: string) {
  await page.getByLabel("Company name").fill("Pop-up Shop");
  await page.getByLabel("Contact name").fill("Mei Chen");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Phone").fill("+81 90 0000 0000");
  await page.getByLabel("Recipient name").fill("Mei Chen");
  await page.getByLabel("Postal code").fill("150-0001");
  await page.getByLabel("Address line 1").fill("2-1 Jingumae");
  await page.getByLabel("City").fill("Tokyo");
}

/** A guest orders two shirts through the world's Instant Order Link in a fresh browser context. */
async function guestOrders(browser: Browser, world: World, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await addTwoShirts(page, world.instantLink.token);
  await page.goto(`/l/${world.instantLink.token}/checkout`);
  await fillGuestDetails(page, email);
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  const orderUrl = page.url();
  await context.close();
  return { orderUrl, order: await e2ePrisma().order.findFirstOrThrow({ where: { brandId: world.brand.id }, orderBy: { number: "desc" } }) };
}

test("two tabs place the same cart: the second tab says the order was already placed and links to it", async ({ browser }) => {
  const world = await createLinkBrand();
  const context = await browser.newContext();
  const first = await context.newPage();
  await addTwoShirts(first, world.instantLink.token);
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto(`/l/${world.instantLink.token}/checkout`);
    await fillGuestDetails(page, `two-tabs-${world.brand.slug}@e2e.example`);
  }
  await first.getByRole("button", { name: "Place order" }).click();
  await expect(first.getByTestId("order-placed")).toBeVisible();
  const number = await first.getByTestId("order-number").textContent();

  // The second tab still shows the form and its total; placing it tells what happened instead.
  await expect(second.getByTestId("order-total")).toBeVisible();
  await second.getByRole("button", { name: "Place order" }).click();
  const notice = second.getByTestId("order-already-placed");
  await expect(notice).toContainText("This order was already placed");
  await expect(notice).toContainText(`ordered from another tab or window as order ${number}`);
  await expect(second.getByTestId("order-total")).toHaveCount(0);
  await notice.getByRole("link", { name: "View the order" }).click();
  await expect(second.getByTestId("order-number")).toHaveText(number!);
  expect(await e2ePrisma().order.count({ where: { brandId: world.brand.id } })).toBe(1);
  await context.close();
});

test("an order page opened in another browser explains who can see it and how to sign in", async ({ browser }) => {
  const world = await createLinkBrand();
  const { orderUrl } = await guestOrders(browser, world, `elsewhere-${world.brand.slug}@e2e.example`);

  const other = await browser.newContext();
  const page = await other.newPage();
  const response = await page.goto(orderUrl);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("link-not-found")).toHaveCount(0);
  const notice = page.getByTestId("order-page-unavailable");
  await expect(notice.getByRole("heading")).toHaveText("This order page is for whoever placed the order");
  await expect(notice).toContainText("It opens in the browser the order was placed from.");
  await expect(notice).not.toContainText("Mei Chen");
  await expect(notice.getByRole("link", { name: "Sign in to the Buyer App" })).toHaveAttribute("href", "/signin?callbackUrl=%2Fbuyer%2Forders");
  await notice.getByRole("link", { name: "Back to the link" }).click();
  await expect(page).toHaveURL(new RegExp(`/l/${world.instantLink.token}$`));
  await expect(page.getByRole("link", { name: /Spring Line/ })).toBeVisible();
  await other.close();
});

test("the link header shows the whole brand name on a 390 px phone", async ({ browser }) => {
  const world = await createLinkBrand();
  await e2ePrisma().brand.update({ where: { id: world.brand.id }, data: { name: "Aoyama Atelier Tokyo Shibuya" } });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // Logged in with a cart: the header also holds the cart badge and Log out.
  await page.goto(`/l/${world.customerLink.token}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(world.user.email);
  await page.getByLabel("Password").fill(LINK_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "カタログ" })).toBeVisible();
  await addTwoShirts(page, world.customerLink.token);
  await page.reload(); // no "cart updated" toast over the header
  await expect(page.getByTestId("cart-count")).toHaveText("2");
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();

  const brand = page.getByTestId("link-brand");
  await expect(brand).toHaveText("Aoyama Atelier Tokyo Shibuya");
  const fits = await brand.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, overflow: getComputedStyle(el).textOverflow }));
  expect(fits.scroll, JSON.stringify(fits)).toBeLessThanOrEqual(fits.client);
  const box = (await brand.boundingBox())!;
  const header = (await page.locator("header").first().boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
  await page.screenshot({ path: "test-results/link-header-phone.png" });
  await context.close();
});

test("a guest order with a buyer's e-mail: the e-mailed link confirms it once, and staff see the match on the order page", async ({ browser, page }) => {
  const world = await createLinkBrand();
  const { order } = await guestOrders(browser, world, world.user.email);
  expect(order.buyerId).not.toBe(world.buyer.id);
  expect(order.matchedBuyerId).toBe(world.buyer.id);

  // Staff see the held order as matching the buyer.
  const prisma = e2ePrisma();
  const staff = await prisma.user.create({ data: { email: `staff-${world.brand.slug}@e2e.example`, name: "Ren Staff", passwordHash: await hashSecret(LINK_PASSWORD) } });
  await prisma.brandMember.create({ data: { brandId: world.brand.id, userId: staff.id, role: "STAFF" } });
  await signInAsBrandStaff(page, staff.email, LINK_PASSWORD);
  await page.goto(`/admin/orders/${order.id}`);
  const panel = page.getByTestId("order-match");
  await expect(panel.getByRole("heading")).toHaveText(`Matches buyer ${world.buyer.name}`);
  await expect(panel.getByRole("button", { name: "Confirm match" })).toBeVisible();

  // The owner of the address opens the e-mailed link and confirms.
  const mail = await prisma.outboxEmail.findFirstOrThrow({ where: { brandId: world.brand.id, template: "orderMatch" } });
  const url = (mail.data as { confirmUrl: string }).confirmUrl;
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await ownerPage.goto(new URL(url).pathname);
  await expect(ownerPage.getByTestId("order-match")).toContainText("Is this your order?");
  await ownerPage.waitForLoadState("networkidle");
  await ownerPage.getByRole("button", { name: "Confirm: this is our order" }).click();
  await expect(ownerPage.getByTestId("order-match-confirmed")).toContainText(`The order is now among ${world.buyer.name}'s orders.`);
  await expect(ownerPage.getByRole("link", { name: "See it in the Buyer App" })).toBeVisible();
  // The link confirmed once; opened again it shows the order as confirmed, with no button.
  await ownerPage.reload();
  await expect(ownerPage.getByTestId("order-match-confirmed")).toBeVisible();
  await expect(ownerPage.getByRole("button", { name: "Confirm: this is our order" })).toHaveCount(0);
  await owner.close();

  await page.reload();
  await expect(page.getByTestId("order-match")).toContainText(`Matched buyer ${world.buyer.name}: confirmed on`);
  await expect(page.getByTestId("order-history")).toContainText("Buyer match confirmed");
  expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ buyerId: world.buyer.id });
});

test("brand staff confirm a guest order's match from the order page", async ({ browser, page }) => {
  const world = await createLinkBrand();
  const { order } = await guestOrders(browser, world, world.user.email);
  const prisma = e2ePrisma();
  const staff = await prisma.user.create({ data: { email: `owner-${world.brand.slug}@e2e.example`, name: "Aki Owner", passwordHash: await hashSecret(LINK_PASSWORD) } });
  await prisma.brandMember.create({ data: { brandId: world.brand.id, userId: staff.id, role: "OWNER" } });
  await signInAsBrandStaff(page, staff.email, LINK_PASSWORD);
  await page.goto(`/admin/orders/${order.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByTestId("order-match").getByRole("button", { name: "Confirm match" }).click();
  const dialog = page.getByRole("dialog", { name: "Confirm match" });
  await expect(dialog).toContainText(`The order moves to ${world.buyer.name}`);
  await dialog.getByRole("button", { name: "Confirm match" }).click();
  await expect(page.getByTestId("order-match")).toContainText(`Matched buyer ${world.buyer.name}: confirmed on`);
  await expect(page.getByTestId("order-history")).toContainText("Aki Owner");
  await expect(page.getByTestId("order-history")).toContainText("Buyer match confirmed");
  expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ buyerId: world.buyer.id });
});
