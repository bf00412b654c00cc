import { expect, test, type Page } from "@playwright/test";
import { hashSecret } from "../../lib/auth/password";
import { createProductWithSkus, createToShipOrders } from "../support/shipping-orders";
import { signIn, signInAsBrandStaff } from "./support/accounts";
import { DESKTOP, DIALOG, expectAccessible, PHONE } from "./support/a11y";
import { ADMIN_LISTS_PASSWORD, createAdminListsBrand, e2ePrisma } from "./support/admin-lists-fixture";
import { createLinkBrand, e2ePrisma as linkPrisma, LINK_PASSWORD } from "./support/link-pages-fixture";
import { createLinksBrand, e2ePrisma as linksPrisma, LINKS_FIXTURE_PASSWORD } from "./support/links-fixture";
import { createOrdersFixture, ORDERS_PASSWORD } from "./support/orders-fixture";

// Every main page, with its modals open, scanned with axe-core (WCAG 2.0/2.1 A and AA) at 1280 px
// and at a 390 px phone width: no serious or critical violation. Each test makes its own brand, so
// the tests run in parallel; one sign-in per test, and both widths scanned on one page load.
test.use({ viewport: DESKTOP });

/** Opens an admin page and waits for it: the main menu renders on every admin page. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
}

/** Presses Tab until the focused element is the one wanted (at most `limit` times). */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`not reached with ${limit} presses of Tab`);
}

test("admin links, buyers, catalogs, products and lookbooks have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(120_000);
  const f = await createAdminListsBrand();
  await signInAsBrandStaff(page, f.owner.email, ADMIN_LISTS_PASSWORD);
  await expectAccessible(page, "admin dashboard");

  await visit(page, "/admin/links?tab=customer");
  await expectAccessible(page, "links list");
  // The table fits at 1280 px, so its box stays out of the tab order; on a phone it scrolls sideways
  // and takes focus, so the arrow keys can scroll it.
  const tableBox = page.getByTestId("links-table").locator("..");
  await expect(tableBox).not.toHaveAttribute("tabindex");
  await page.setViewportSize(PHONE);
  await expect(tableBox).toHaveAttribute("tabindex", "0");
  await page.setViewportSize(DESKTOP);
  await page.getByTestId("link-row").first().getByRole("button", { name: "Status Update" }).click();
  await expect(page.getByRole("dialog", { name: "Status Update" })).toBeVisible();
  await expectAccessible(page, "Status Update modal", { within: DIALOG });
  await page.keyboard.press("Escape");
  await visit(page, `/admin/links/${f.links[0].id}`);
  await expectAccessible(page, "link detail");
  await visit(page, "/admin/links/new?tab=instant");
  await expectAccessible(page, "link create form");

  await visit(page, "/admin/buyers");
  await expectAccessible(page, "buyers: connections");
  await visit(page, "/admin/buyers?tab=invitations");
  await expectAccessible(page, "buyers: invitations");
  await visit(page, `/admin/buyers/${f.buyer.id}`);
  await expectAccessible(page, "buyer detail and trading terms");
  await visit(page, "/admin/buyers/invite");
  await expectAccessible(page, "invite a buyer form");

  await visit(page, "/admin/catalogs");
  await expectAccessible(page, "catalogs list");
  await visit(page, `/admin/catalogs/${f.catalogs[0].id}`);
  await expectAccessible(page, "catalog form");
  await visit(page, "/admin/products");
  await expectAccessible(page, "products list");
  await visit(page, `/admin/products/${f.product.skus[0].productId}`);
  await expectAccessible(page, "product form");
  await visit(page, "/admin/lookbooks");
  await expectAccessible(page, "lookbooks list");
  await visit(page, `/admin/lookbooks/${f.lookbook.id}`);
  await expectAccessible(page, "lookbook form");
});

test("admin orders, shipping, settings and mailbox have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(120_000);
  const f = await createAdminListsBrand();
  // An order waiting for the brand's confirmation, for the Confirm The Order Confirmation modal.
  const { skus } = await createProductWithSkus(e2ePrisma(), f.brand.id, { stock: [10] });
  const [approved] = await createToShipOrders(e2ePrisma(), f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 2 }], status: "OC_APPROVED", releaseStatus: null }]);
  await signInAsBrandStaff(page, f.owner.email, ADMIN_LISTS_PASSWORD);

  await visit(page, "/admin/orders");
  await expectAccessible(page, "Order Management list");
  await visit(page, `/admin/orders/${approved.id}`);
  await expectAccessible(page, "order detail");
  await page.getByRole("button", { name: "Confirm The Order Confirmation" }).click();
  await expect(page.getByRole("dialog", { name: "Confirm The Order Confirmation" })).toBeVisible();
  await expectAccessible(page, "Confirm The Order Confirmation modal", { within: DIALOG });
  await page.keyboard.press("Escape");

  await visit(page, "/admin/shipping");
  await expectAccessible(page, "shipping queue");
  await page.getByLabel("Select all orders on this page").check();
  await page.getByRole("button", { name: "Preparing to Release" }).click();
  const release = page.getByRole("dialog", { name: "Preparing to Release" });
  await expect(release.getByTestId("release-total-quantity")).toBeVisible();
  await expectAccessible(page, "release pop-up", { within: DIALOG });
  await page.keyboard.press("Escape");
  await visit(page, "/admin/shipping/released");
  await expectAccessible(page, "released orders");
  await visit(page, `/admin/shipping/orders/${f.orders.toShip.id}`);
  await expectAccessible(page, "shipping order detail");

  await visit(page, "/admin/settings");
  await expectAccessible(page, "settings: general");
  await visit(page, "/admin/settings/shipping-rates");
  await expectAccessible(page, "settings: shipping rates");
  await visit(page, `/admin/settings/shipping-rates/${f.rateGroup.id}`);
  await expectAccessible(page, "settings: shipping rate group form");
  await visit(page, "/admin/settings/staff");
  await expectAccessible(page, "settings: staff");
  await visit(page, "/admin/settings/tags");
  await expectAccessible(page, "settings: tags");
  await visit(page, "/admin/mailbox");
  await expectAccessible(page, "mailbox");
});

test("link pages from the login and passcode gate to the placed order have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(120_000);
  const world = await createLinkBrand();
  await linkPrisma().orderLink.update({ where: { id: world.instantLink.id }, data: { passcodeHash: await hashSecret(LINK_PASSWORD) } });

  await page.goto(`/l/${world.customerLink.token}`);
  await expect(page.getByTestId("link-login")).toBeVisible();
  await expectAccessible(page, "link login");

  await page.goto(`/l/${world.instantLink.token}`);
  await expect(page.getByLabel("Passcode")).toBeVisible();
  await expectAccessible(page, "link passcode gate");
  await page.getByLabel("Passcode").fill(LINK_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("link-contacts")).toBeVisible();
  await expectAccessible(page, "link catalog list");

  await page.getByRole("link", { name: /Spring Line/ }).click();
  const grid = page.getByRole("form", { name: "Linen Shirt" });
  await expect(grid).toBeVisible();
  await expectAccessible(page, "link catalog products grid");
  await grid.getByRole("spinbutton").nth(0).fill("2");
  await grid.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("2");
  // The success toast, once faded in (its colours are checked, not the page behind).
  const toast = page.locator("[data-sonner-toast]");
  await expect(toast).toBeVisible();
  await expect.poll(() => toast.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
  await expectAccessible(page, "added-to-cart toast", { within: "[data-sonner-toaster]" });
  await page.getByTestId("cart-badge").click();
  await expect(page.getByTestId("cart-subtotal")).toBeVisible();
  await expectAccessible(page, "link cart");

  await page.getByRole("link", { name: "Proceed to checkout" }).click();
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByText("Enter the company name.")).toBeVisible();
  await expectAccessible(page, "link checkout with field errors");
  await page.getByLabel("Company name").fill("Pop-up Shop");
  await page.getByLabel("Contact name").fill("Mei Chen");
  await page.getByLabel("Email").fill(`guest-${world.brand.slug}@e2e.example`);
  await page.getByLabel("Phone").fill("+81 90 0000 0000");
  await page.getByLabel("Recipient name").fill("Mei Chen");
  await page.getByLabel("Postal code").fill("150-0001");
  await page.getByLabel("Address line 1").fill("2-1 Jingumae");
  await page.getByLabel("City").fill("Tokyo");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  await expectAccessible(page, "link order placed");
});

test("sign-in and the Buyer App from brands to the placed order have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(120_000);
  const world = await createLinkBrand();
  await page.goto("/signin");
  await expectAccessible(page, "sign-in");
  await signIn(page, world.user.email, LINK_PASSWORD);
  await expect(page.getByTestId("connected-brands")).toBeVisible();
  await expectAccessible(page, "Buyer App brands");

  await page.goto(`/buyer/brands/${world.brand.id}`);
  await expect(page.getByRole("link", { name: /Spring Line/ })).toBeVisible();
  await expectAccessible(page, "Buyer App brand");
  await page.getByRole("link", { name: /Spring Line/ }).click();
  const product = page.getByTestId("catalog-product").first();
  await expect(product).toBeVisible();
  await expectAccessible(page, "Buyer App catalog");
  await product.getByRole("spinbutton").first().fill("2");
  await product.getByRole("button", { name: /Add to cart/ }).click();
  await expect(page.getByTestId("cart-summary")).toContainText("2");

  await page.goto(`/buyer/brands/${world.brand.id}/cart`);
  await expect(page.getByRole("link", { name: "Proceed to checkout" })).toBeVisible();
  await expectAccessible(page, "Buyer App cart");
  await page.getByRole("link", { name: "Proceed to checkout" }).click();
  await expect(page.getByRole("button", { name: "Place order" })).toBeVisible();
  await expectAccessible(page, "Buyer App checkout");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page).toHaveURL(/\/buyer\/orders\/[^/]+$/);
  await expect(page.getByTestId("order-status")).toBeVisible();
  await expectAccessible(page, "Buyer App order detail");

  await page.goto("/buyer/orders");
  await expect(page.getByTestId("buyer-orders")).toBeVisible();
  await expectAccessible(page, "Buyer App My orders");
  await page.goto("/buyer/organization");
  await expectAccessible(page, "Buyer App organization");
});

test("a Customer Order Link's login methods are tabs: one tab stop, the arrow keys switch", async ({ page }) => {
  await page.goto("/l/aa-customer-open-5Hn3mV8rJc");
  const user = page.getByRole("tab", { name: "Login with User Account" });
  const credentials = page.getByRole("tab", { name: "Login with Brand-Specific Credentials" });
  await expect(user).toHaveAttribute("aria-selected", "true");
  await page.getByRole("heading").first().click();
  await tabTo(page, user, 10);
  await page.keyboard.press("ArrowLeft");
  await expect(credentials).toBeFocused();
  await expect(credentials).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Login with Brand-Specific Credentials" })).toContainText("Unique code");
  await page.keyboard.press("Home");
  await expect(user).toBeFocused();
  await expect(page.getByRole("tabpanel", { name: "Login with User Account" })).toBeVisible();
  // Tab leaves the tab list for the selected method's form.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("tabpanel").getByLabel("Email")).toBeFocused();
});

test("a link's status is changed with the keyboard alone, and focus returns to Status Update", async ({ page }) => {
  const f = await createLinksBrand();
  const link = await linksPrisma().orderLink.create({ data: { brandId: f.brand.id, type: "CUSTOMER", name: "Keyboard link", token: `kbd-${f.brand.slug}` } });
  await signInAsBrandStaff(page, f.user.email, LINKS_FIXTURE_PASSWORD);
  await visit(page, `/admin/links/${link.id}`);
  await page.waitForLoadState("networkidle");

  const trigger = page.getByRole("button", { name: "Status Update" });
  await tabTo(page, trigger);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Status Update" });
  await expect(dialog).toBeVisible();
  const status = dialog.getByLabel("Status");
  await tabTo(page, status, 5);
  await page.keyboard.press("ArrowDown");
  await expect(status).toHaveValue("VOID");
  const update = dialog.getByRole("button", { name: "Update" });
  await tabTo(page, update, 5);
  await page.keyboard.press("Enter");

  await expect(page.getByText("The status was updated to Void.")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect(page.getByTestId("link-history")).toContainText("Changed the status from Open to Void");
  expect((await linksPrisma().orderLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe("VOID");
});

test("a modal keeps keyboard focus inside while open, and Escape closes it and returns focus", async ({ page }) => {
  const f = await createOrdersFixture();
  await signInAsBrandStaff(page, f.owner.email, ORDERS_PASSWORD);
  await visit(page, `/admin/orders/${f.approved.id}`);
  await page.waitForLoadState("networkidle");

  const trigger = page.getByRole("button", { name: "Confirm The Order Confirmation" });
  await tabTo(page, trigger);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Confirm The Order Confirmation" });
  await expect(dialog).toBeVisible();
  const inDialog = () => dialog.evaluate((el) => el.contains(document.activeElement));
  expect(await inDialog()).toBe(true);
  // Round the dialog's controls both ways, more presses than it has controls: focus never leaves it.
  const seen = new Set<string>();
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press(key);
      expect(await inDialog(), `${key} #${i + 1}`).toBe(true);
      seen.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ""));
    }
  }
  expect(seen.size).toBeGreaterThan(3);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});
