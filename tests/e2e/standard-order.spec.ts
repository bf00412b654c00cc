import { PrismaPg } from "@prisma/adapter-pg";
import { expect, test } from "@playwright/test";
import { PrismaClient } from "../../lib/db/generated/client";
import { signIn } from "./support/accounts";

// The demo buyer places a Standard Order in the Buyer App: catalog grid -> cart -> checkout -> the
// order's page. It only creates its own order (and reads it back), so it is safe in parallel.
test("a demo buyer places a Standard Order from an Aoyama Atelier catalog", async ({ page }) => {
  const url = process.env.E2E_DATABASE_URL;
  test.skip(!url, "needs PostgreSQL to read the placed order back");
  await signIn(page, "buyer@shibuya-select.example");
  await expect(page).toHaveURL(/\/buyer$/);
  await page.getByTestId("connected-brands").getByText("Aoyama Atelier").click();
  await page.getByRole("link", { name: /2027 Spring\/Summer/ }).click();

  const slot = page.getByTestId("standard-order-slot");
  await expect(slot).toBeVisible();
  const product = page.getByTestId("catalog-product").first();
  const productName = (await product.getByRole("heading").textContent())!;
  await product.getByRole("spinbutton").first().fill("2");
  await product.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Cart updated.")).toBeVisible();
  await expect(slot.getByTestId("cart-summary")).toContainText("In your cart: 2 items");

  await slot.getByRole("link", { name: "View cart" }).click();
  await expect(page).toHaveURL(/\/buyer\/brands\/[^/]+\/cart$/);
  await expect(page.getByRole("heading", { name: "Cart" })).toBeVisible();
  await expect(page.getByText(productName).first()).toBeVisible();
  await page.getByRole("link", { name: "Proceed to checkout" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(/\/buyer\/orders\/[^/]+$/);
  const orderId = page.url().split("/").pop()!;
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url! }) });
  try {
    const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { buyer: true, lines: true, brand: true } });
    expect(order).toMatchObject({ source: "STANDARD_ORDER", placedVia: "USER_ACCOUNT", status: "PLEASE_CREATE_OC", currency: "JPY", sourceLinkId: null });
    expect(order.buyer.name).toBe("Shibuya Select");
    expect(order.brand.name).toBe("Aoyama Atelier");
    expect(order.lines).toHaveLength(1);
    expect(order.lines[0]).toMatchObject({ quantity: 2, productName });
  } finally {
    await prisma.$disconnect();
  }
  await expect(page.getByRole("heading").first()).toBeVisible();
});
