import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, PHONE } from "./support/a11y";
import { signIn } from "./support/accounts";
import { createLinkBrand, e2ePrisma, LINK_PASSWORD } from "./support/link-pages-fixture";
import { addOrderRules, addPastOrder } from "./support/order-rules-fixture";

// Order rules as a buyer meets them on a phone: the case pack shown before typing and explained
// with its fix, the minimum order value in the cart, an order with a PO number; and "Order again"
// in the Buyer App. SCREENSHOTS=1 also saves the phone screenshots of the grid and the cart.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const screenshots = process.env.SCREENSHOTS === "1";

async function shoot(page: Page, name: string) {
  if (screenshots) await page.screenshot({ path: `docs/screenshots/${name}`, fullPage: false });
}

test("a buyer on a phone meets a case pack, fixes it, reaches the minimum order value and orders with a PO number", async ({ page }) => {
  const world = await createLinkBrand();
  await addOrderRules(world);
  const token = world.instantLink.token;

  await page.goto(`/l/${token}`);
  await page.getByRole("link", { name: /Spring Line/ }).click();
  const grid = page.getByRole("form", { name: "Linen Shirt" });
  // The rules before typing: the case pack and the prepack's contents.
  const rules = grid.getByTestId("order-rules");
  await expect(rules).toContainText("Cases of 6");
  await expect(rules).toContainText("Size run A: S ×1, M ×2 · 3 units per pack");
  await expect(grid.getByLabel("Quantity for Navy / S")).toHaveAttribute("step", "6");

  await grid.getByLabel("Quantity for Navy / S").fill("7");
  await expect(grid.getByTestId("rule-error")).toHaveText("Navy / S: Sold in cases of 6: 7 → 6 or 12");
  await expect(grid.getByLabel("Quantity for Navy / S")).toHaveAttribute("aria-invalid", "true");
  // Nothing is sent while it is wrong: the quantity gets the focus back.
  await grid.getByRole("button", { name: "Add to cart" }).click();
  await expect(grid.getByLabel("Quantity for Navy / S")).toBeFocused();
  await grid.getByLabel("Quantity for Navy / S").scrollIntoViewIfNeeded();
  await shoot(page, "order-rules-grid-phone.png");
  await expectAccessible(page, "the grid with its rules and a broken case pack");
  await page.setViewportSize(PHONE);

  await grid.getByLabel("Quantity for Navy / S").fill("6");
  await expect(grid.getByTestId("rule-error")).toHaveCount(0);
  await grid.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("6");

  // 6 × 12,000 JPY = 72,000: 78,000 short of the brand's 150,000 minimum; checkout waits.
  await page.goto(`/l/${token}/cart`);
  const minimum = page.getByTestId("minimum-order");
  await expect(minimum).toHaveText("Add ¥78,000 more to reach the ¥150,000 minimum");
  await expect(page.getByRole("button", { name: "Proceed to checkout" })).toBeDisabled();
  await expect(page.getByRole("link", { name: "Proceed to checkout" })).toHaveCount(0);
  await shoot(page, "order-rules-cart-minimum-phone.png");
  await expectAccessible(page, "the cart below the minimum order value");
  await page.setViewportSize(PHONE);

  // Two packs of Size run A in Ecru (6 units, 72,000) and six more Navy / M reach it.
  await page.goto(`/l/${token}`);
  await page.getByRole("link", { name: /Spring Line/ }).click();
  await grid.getByLabel("Packs of Size run A in Ecru").fill("2");
  await grid.getByLabel("Quantity for Navy / M").fill("6");
  await grid.getByRole("button", { name: "Update cart" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("18");
  await page.goto(`/l/${token}/cart`);
  await expect(page.getByTestId("pack-line")).toContainText("Size run A · Ecru");
  await expect(page.getByTestId("pack-line")).toContainText("S ×1, M ×2 · 3 units per pack");
  await expect(minimum).toHaveText("The ¥150,000 minimum order is reached.");
  await page.getByRole("link", { name: "Proceed to checkout" }).click();

  await page.getByLabel("Company name").fill("Pop-up Shop");
  await page.getByLabel("Contact name").fill("Mei Chen");
  await page.getByLabel("Email").fill(`rules-${world.brand.slug}@e2e.example`);
  await page.getByLabel("Phone").fill("+81 90 0000 0000");
  await page.getByLabel("Recipient name").fill("Mei Chen");
  await page.getByLabel("Postal code").fill("150-0001");
  await page.getByLabel("Address line 1").fill("2-1 Jingumae");
  await page.getByLabel("City").fill("Tokyo");
  await page.getByLabel("PO No. (optional)").fill("PO-7781");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  await expect(page.getByTestId("po-number")).toHaveText("PO-7781");
  await expect(page.getByTestId("order-pack")).toContainText("Linen Shirt · Size run A · Ecru × 2 packs");

  const order = await e2ePrisma().order.findFirstOrThrow({ where: { brandId: world.brand.id }, include: { lines: true, packLines: true } });
  expect(order).toMatchObject({ poNumber: "PO-7781", subtotal: 216000 });
  expect(order.lines.reduce((sum, l) => sum + l.quantity, 0)).toBe(18);
  expect(order.packLines).toMatchObject([{ name: "Size run A", color: "Ecru", packs: 2 }]);
});

test("Order again in the Buyer App puts the past order in the cart at today's case pack and says so", async ({ page }) => {
  const world = await createLinkBrand();
  await addOrderRules(world);
  await addPastOrder(world);

  await signIn(page, world.user.email, LINK_PASSWORD);
  await expect(page).toHaveURL(/\/buyer$/);
  await page.goto("/buyer/orders");
  const row = page.getByTestId("buyer-orders").getByRole("listitem").filter({ hasText: world.brand.name });
  await row.getByTestId("order-again").click();

  await expect(page).toHaveURL(new RegExp(`/buyer/brands/${world.brand.id}/cart$`));
  const notice = page.getByTestId("reorder-notice");
  await expect(notice).toContainText("1 line was added to your cart at today’s prices.");
  await expect(notice.getByTestId("reorder-changed")).toContainText("Linen Shirt Navy / S: 4 → 6. Rounded up to the case pack of 6.");
  await expect(page.getByTestId("cart-lines")).toContainText("Navy / S");
  const cart = await e2ePrisma().cartLine.findMany({ where: { cart: { brandId: world.brand.id, buyerId: world.buyer.id } } });
  expect(cart.map((l) => l.quantity)).toEqual([6]);
});
