import { expect, test } from "@playwright/test";
import { signIn, signInAsBrandStaff } from "./support/accounts";
import { ADMIN_LISTS_PASSWORD, createAdminListsBrand, e2ePrisma } from "./support/admin-lists-fixture";
import { createConnectedBuyer, E2E_PASSWORD } from "./support/buyers-fixture";
import { createLinkBrand } from "./support/link-pages-fixture";

test("an unknown admin address keeps the admin menu, says the page was not found and leads back to the dashboard", async ({ page }) => {
  const f = await createAdminListsBrand();
  await signInAsBrandStaff(page, f.owner.email, ADMIN_LISTS_PASSWORD);
  for (const path of ["/admin/no-such-page", "/admin/links/no-such-link/anything", "/admin/settings/no-such-tab"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByTestId("not-found-page")).toContainText("There is no page at this address");
  }
  await page.getByRole("link", { name: "Back to the dashboard" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: f.brand.name })).toBeVisible();
});

test("a failing admin page keeps the admin menu and shows a reference to quote, with Try again and the way back", async ({ page }) => {
  const f = await createAdminListsBrand();
  // An order the list cannot show: its currency code is corrupt, as a broken import could leave it.
  await e2ePrisma().order.update({ where: { id: f.orders.toShip.id }, data: { currency: "X1" } });
  await signInAsBrandStaff(page, f.owner.email, ADMIN_LISTS_PASSWORD);
  const response = await page.goto("/admin/orders");
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  const errorPage = page.getByTestId("error-page");
  await expect(errorPage.getByRole("heading", { name: "This page could not be shown" })).toBeVisible();
  await expect(errorPage.getByTestId("error-reference")).toHaveText(/^\d+$/);
  await expect(errorPage).not.toContainText(/RangeError|Invalid currency/);
  await expect(errorPage.getByRole("button", { name: "Try again" })).toBeVisible();

  // Once the row is repaired, Try again shows the list.
  await e2ePrisma().order.update({ where: { id: f.orders.toShip.id }, data: { currency: "JPY" } });
  await errorPage.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Order Management" })).toBeVisible();
  await expect(page.getByTestId("order-row")).toHaveCount(2);

  await e2ePrisma().order.update({ where: { id: f.orders.toShip.id }, data: { currency: "X1" } });
  await page.goto("/admin/orders");
  await page.getByTestId("error-page").getByRole("link", { name: "Back to the dashboard" }).click();
  await expect(page.getByRole("heading", { name: f.brand.name })).toBeVisible();
});

test("an unknown Buyer App address keeps the Buyer App frame and leads back to the brands", async ({ page }) => {
  const f = await createConnectedBuyer();
  await signIn(page, f.buyerUser.email, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/buyer/);
  for (const path of ["/buyer/no-such-page", "/buyer/orders/no-such-order"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("navigation", { name: "Buyer App" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Back to your brands" }).click();
  await expect(page).toHaveURL(/\/buyer$/);
});

test("an address under a link that no page answers keeps the link's frame, in the link's language", async ({ page }) => {
  const f = await createLinkBrand();
  await e2ePrisma().orderLink.update({ where: { id: f.instantLink.id }, data: { language: "JA" } });
  const response = await page.goto(`/l/${f.customerLink.token}/no-such-page`);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("link-brand")).toHaveText(f.brand.name);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the catalogs" }).click();
  await expect(page).toHaveURL(new RegExp(`/l/${f.customerLink.token}$`));

  // Before a buyer logs in, a visitor's own choice of language comes first: this one has made none.
  await page.context().clearCookies();
  await page.goto(`/l/${f.instantLink.token}/catalogs/no-such-catalog`);
  await expect(page.getByTestId("link-brand")).toHaveText(f.brand.name);
  await expect(page.getByRole("heading", { name: "このページは存在しません" })).toBeVisible();
  await expect(page.getByRole("link", { name: "カタログ一覧に戻る" })).toHaveAttribute("href", `/l/${f.instantLink.token}`);
});

test("an address outside every area gets the app's not-found page with the way to the start page", async ({ page }) => {
  const response = await page.goto("/no-such-page-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await expect(page).toHaveURL(/\/signin/);
});
