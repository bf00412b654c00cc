import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { createLinkBrand, e2ePrisma, LINK_PASSWORD } from "./support/link-pages-fixture";
import { createOrdersFixture, ORDERS_PASSWORD } from "./support/orders-fixture";

test("a buyer in the Buyer App cancels an order with a reason and sees it cancelled; the brand sees why", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const f = await createOrdersFixture();
  await signIn(page, f.buyerUser.email, ORDERS_PASSWORD);
  await expect(page).toHaveURL(/\/buyer$/);
  await page.goto(`/buyer/orders/${f.fresh.id}`);
  await expect(page.getByTestId("progress-step-placed")).toHaveAttribute("aria-current", "step");
  // A click before the page has hydrated would be lost on a loaded machine.
  await page.waitForLoadState("networkidle");

  await page.getByRole("button", { name: "Cancel order" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this order?" });
  await expect(dialog).toContainText("the brand is told by e-mail, with your reason");
  // The reason is required: a field error, and the order stays as it was.
  await dialog.getByRole("button", { name: "Cancel order" }).click();
  await expect(dialog.getByTestId("field-error")).toHaveText("Enter the reason for cancelling.");
  await dialog.getByLabel("Reason for cancelling").fill("We ordered the wrong sizes.");
  await dialog.getByRole("button", { name: "Cancel order" }).click();

  await expect(page.getByText("Your order was cancelled. The brand has been told.")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("order-status")).toHaveText("Cancelled");
  await expect(page.getByTestId("order-ended")).toContainText("You cancelled this order.");
  await expect(page.getByTestId("order-ended-reason")).toHaveText("Reason: We ordered the wrong sizes.");
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
  // Cancelled before the brand made an OC: there is no OC to download.
  await expect(page.getByRole("link", { name: "Order Confirmation PDF" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("order-ended-reason")).toHaveText("Reason: We ordered the wrong sizes.");

  // The brand reads it in the status history and got the e-mail.
  const brand = await browser.newContext();
  const staff = await brand.newPage();
  await signIn(staff, f.owner.email, ORDERS_PASSWORD);
  await expect(staff.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await staff.goto(`/admin/orders/${f.fresh.id}`);
  await expect(staff.getByTestId("order-status")).toContainText("Cancelled");
  await expect(staff.getByTestId("order-history")).toContainText("Cancelled by the buyer: We ordered the wrong sizes.");
  await staff.goto("/admin/mailbox");
  await expect(staff.getByTestId("mailbox")).toContainText(`Order cancelled by the buyer: ${f.number(1)}`);
  await brand.close();
});

test("progress shows Preparing for an order in release preparation, and the buyer can no longer cancel it", async ({ page }) => {
  const f = await createOrdersFixture();
  await signIn(page, f.buyerUser.email, ORDERS_PASSWORD);
  await expect(page).toHaveURL(/\/buyer$/);
  await page.goto(`/buyer/orders/${f.released.id}`);
  await expect(page.getByTestId("order-status")).toHaveText("Preparing");
  await expect(page.getByTestId("progress-step-preparing")).toHaveAttribute("aria-current", "step");
  await expect(page.getByTestId("progress-step-preparing")).toContainText("Preparing");
  await expect(page.getByTestId("progress-step-confirmed")).toHaveAttribute("data-reached", "true");
  await expect(page.getByTestId("progress-step-shipped")).toHaveAttribute("data-reached", "false");
  await expect(page.getByTestId("order-processing")).toContainText("Order Processing");
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
  // The order list says the same.
  await page.goto("/buyer/orders");
  await expect(page.getByTestId("buyer-orders")).toContainText("Preparing");
});

test("progress lists the delivery notes of an order shipped in part, with their PDFs", async ({ page }) => {
  const f = await createOrdersFixture();
  const db = e2ePrisma();
  const line = await db.orderLine.findFirstOrThrow({ where: { orderId: f.released.id }, orderBy: { position: "asc" } });
  await db.deliveryNote.create({ data: { orderId: f.released.id, sequence: 1, lines: { create: { orderLineId: line.id, quantity: 2 } } } });
  await db.order.update({ where: { id: f.released.id }, data: { releaseStatus: "PARTIALLY_SHIPPED" } });
  await signIn(page, f.buyerUser.email, ORDERS_PASSWORD);
  await expect(page).toHaveURL(/\/buyer$/);
  await page.goto(`/buyer/orders/${f.released.id}`);
  await expect(page.getByTestId("order-status")).toHaveText("Partially shipped");
  await expect(page.getByTestId("progress-step-shipped")).toContainText("Partially shipped");
  await expect(page.getByTestId("buyer-delivery-notes")).toContainText("Delivery note #1");
  await expect(page.getByTestId("buyer-delivery-notes")).toContainText("2 units");
  const pdf = await page.request.get(`/buyer/orders/${f.released.id}/pdf?deliveryNote=1`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await expect(page.getByTestId("buyer-delivery-notes").getByRole("link", { name: "PDF" })).toHaveAttribute("href", `/buyer/orders/${f.released.id}/pdf?deliveryNote=1`);
});

test("on the link's order page a buyer trading in Japanese cancels in Japanese", async ({ page }) => {
  test.setTimeout(120_000);
  const world = await createLinkBrand();
  await page.goto(`/l/${world.customerLink.token}`);
  await page.getByLabel("Email").fill(world.user.email);
  await page.getByLabel("Password").fill(LINK_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("link", { name: /Spring Line/ }).click();
  const grid = page.getByRole("form", { name: "Linen Shirt" });
  await grid.getByRole("spinbutton").nth(0).fill("2");
  await grid.getByRole("button", { name: /カートに追加/ }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("2");
  await page.getByTestId("cart-badge").click();
  await page.getByRole("link", { name: "ご注文手続きへ進む" }).click();
  await page.getByRole("button", { name: "注文を確定する" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  await expect(page.getByTestId("progress-step-placed")).toContainText("ご注文受付");
  await page.waitForLoadState("networkidle");

  await page.getByRole("button", { name: "注文をキャンセル" }).click();
  const dialog = page.getByRole("dialog", { name: "このご注文をキャンセルしますか？" });
  await dialog.getByRole("button", { name: "注文をキャンセル" }).click();
  await expect(dialog.getByTestId("field-error")).toHaveText("キャンセルの理由を入力してください。");
  await dialog.getByLabel("キャンセルの理由").fill("数量を間違えました。");
  await dialog.getByRole("button", { name: "注文をキャンセル" }).click();

  await expect(page.getByText("ご注文をキャンセルしました。ブランドに通知しました。")).toBeVisible();
  await expect(page.getByTestId("order-ended")).toContainText("キャンセル済み");
  await expect(page.getByTestId("order-ended-reason")).toHaveText("理由：数量を間違えました。");
  await expect(page.getByRole("button", { name: "注文をキャンセル" })).toHaveCount(0);
  const [order] = await e2ePrisma().order.findMany({ where: { brandId: world.brand.id } });
  expect(order).toMatchObject({ status: "CANCELLED", cancelledReason: "数量を間違えました。" });
});
