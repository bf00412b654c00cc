import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/db/generated/client";
import { createShippingBrand, e2ePrisma, SHIPPING_PASSWORD } from "./support/shipping-fixture";
import { signInAsBrandStaff } from "./support/accounts";

// These tests write their own rows, so they run only against PostgreSQL (the config skips them on
// PGlite); the client is opened in beforeAll so merely loading this file needs no database.
let db: PrismaClient;
test.beforeAll(() => {
  db = e2ePrisma();
});
test.afterAll(async () => {
  await db?.$disconnect();
});

async function signInAsOps(page: Page, email: string) {
  await signInAsBrandStaff(page, email, SHIPPING_PASSWORD);
}

test("bulk Preparing to Release: the covered orders move on, the one short of stock fails with its reason", async ({ page }) => {
  const shop = await createShippingBrand(db);
  const { skus } = await shop.product([5, 1]);
  const [a, b, short] = await shop.orders([
    { lines: [{ sku: skus[0], quantity: 2 }] },
    { lines: [{ sku: skus[0], quantity: 2 }] },
    { lines: [{ sku: skus[1], quantity: 2 }] },
  ]);

  await signInAsOps(page, shop.ops.email);
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Shipping" }).click();
  await expect(page.getByRole("heading", { name: "New (To Ship) Orders" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Not Yet Released/ })).toContainText("3");

  const prepare = page.getByRole("button", { name: "Preparing to Release" });
  await expect(prepare).toBeDisabled();
  await page.getByLabel("Select all orders on this page").check();
  await expect(page.getByTestId("selection-count")).toHaveText("3 selected");
  await prepare.click();

  const dialog = page.getByRole("dialog", { name: "Preparing to Release" });
  await expect(dialog.getByTestId("release-total-quantity")).toHaveText("6");
  await expect(dialog.getByTestId(`release-sku-${skus[0].code}`)).toContainText("4");
  await expect(dialog.getByTestId(`release-sku-${skus[1].code}`)).toContainText("Short by 1");
  await dialog.getByRole("button", { name: "Prepare for release" }).click();

  await expect(dialog.getByTestId("release-outcome")).toContainText("2 orders moved to Preparing product. 1 order failed to release.");
  const failure = dialog.getByTestId("release-failure");
  await expect(failure).toHaveCount(1);
  await expect(failure).toContainText(shop.orderNumber(short.number));
  await expect(failure).toContainText(`Not enough stock for ${skus[1].code} (needs 2, 1 in stock): please check the total quantity and inventory status for each option.`);
  await dialog.getByRole("button", { name: "Close" }).click();

  await expect(page.getByText("No orders waiting to be released")).toBeVisible();
  await page.getByRole("link", { name: /Failed to Release/ }).click();
  await expect(page).toHaveURL(/view=failed-to-release/);
  const row = page.getByTestId(`queue-row-${shop.orderNumber(short.number)}`);
  await expect(row).toContainText("Stock is short");
  await expect(row).toContainText(`${skus[1].code} (needs 2, 1 in stock)`);

  await page.getByRole("navigation", { name: "Shipping menu" }).getByRole("link", { name: "Shipping", exact: true }).click();
  for (const o of [a, b]) await expect(page.getByTestId(`released-row-${shop.orderNumber(o.number)}`)).toContainText("Preparing product");
});

test("a failed order is fixed and prepared again from its order details", async ({ page }) => {
  const shop = await createShippingBrand(db);
  const { skus } = await shop.product([0]);
  const [o] = await shop.orders([{ lines: [{ sku: skus[0], quantity: 1 }], releaseStatus: "FAILED_TO_RELEASE" }]);
  await db.order.update({ where: { id: o.id }, data: { releaseFailureReason: "STOCK_SHORT", releaseFailureDetail: "Stock short earlier." } });

  await signInAsOps(page, shop.ops.email);
  await page.goto("/admin/shipping?view=failed-to-release");
  await page.getByRole("link", { name: shop.orderNumber(o.number) }).click();
  await expect(page.getByRole("heading", { name: "Ordered Product" })).toBeVisible();
  for (const section of ["Payment Info", "Shipping", "Claim", "Ordering Member"]) await expect(page.getByRole("heading", { name: section, exact: true })).toBeVisible();
  await expect(page.getByTestId("release-failure-reason")).toContainText("Stock is short");

  // Restock, then retry the single order.
  await db.sku.update({ where: { id: skus[0].id }, data: { stockQuantity: 3 } });
  await page.getByRole("button", { name: "Preparing to Release" }).click();
  const dialog = page.getByRole("dialog", { name: "Preparing to Release" });
  await expect(dialog.getByTestId("release-order-count")).toHaveText("1");
  await dialog.getByRole("button", { name: "Prepare for release" }).click();
  await expect(dialog.getByTestId("release-outcome")).toContainText("1 order moved to Preparing product. 0 orders failed to release.");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("release-status")).toHaveText("Preparing product");
  expect((await db.sku.findUniqueOrThrow({ where: { id: skus[0].id } })).stockQuantity).toBe(2);
});

test("search by SKU and by customer email, with the shipping request behind the speech bubble", async ({ page }) => {
  const shop = await createShippingBrand(db);
  const { skus } = await shop.product([10, 10]);
  const [bySku, byEmail, other] = await shop.orders([
    { lines: [{ sku: skus[0], quantity: 1 }], contactEmail: `first-${shop.suffix}@buyer.example` },
    { lines: [{ sku: skus[1], quantity: 1 }], contactEmail: `second-${shop.suffix}@buyer.example`, shippingRequestNote: "Leave at the back door." },
    { lines: [{ sku: skus[1], quantity: 2 }], contactEmail: `third-${shop.suffix}@buyer.example` },
  ]);
  const row = (n: number) => page.getByTestId(`queue-row-${shop.orderNumber(n)}`);

  await signInAsOps(page, shop.ops.email);
  await page.goto("/admin/shipping");
  const search = page.getByRole("search", { name: "Search orders" });
  await search.getByLabel("Search by").selectOption({ label: "SKU" });
  await search.getByLabel("Order No., Product ID or SKU").fill(skus[0].code);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/field=sku/);
  await expect(row(bySku.number)).toBeVisible();
  await expect(row(byEmail.number)).toBeHidden();
  await expect(row(other.number)).toBeHidden();

  await search.getByRole("link", { name: "Reset" }).click();
  await expect(page).toHaveURL(/\/admin\/shipping\?scope=domestic&view=not-yet-released$/);
  await expect(search.getByLabel("Order No., Product ID or SKU")).toHaveValue("");
  await search.getByLabel("Customer Email").fill(`second-${shop.suffix}@buyer.example`);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(row(byEmail.number)).toBeVisible();
  await expect(row(bySku.number)).toBeHidden();
  await expect(row(other.number)).toBeHidden();

  // A hover before the page has hydrated opens nothing: hover again until the bubble shows.
  await expect(async () => {
    await row(byEmail.number).getByRole("button", { name: "Shipping request" }).hover();
    await expect(page.getByTestId("shipping-request")).toContainText("Leave at the back door.", { timeout: 2_000 });
  }).toPass();
  await expect(row(byEmail.number).getByRole("link", { name: `second-${shop.suffix}@buyer.example` })).toHaveAttribute("href", `/admin/buyers/${shop.buyer.id}`);
});

test("cancel a sold-out order with a reason", async ({ page }) => {
  const shop = await createShippingBrand(db);
  const { skus } = await shop.product([0]);
  const [o] = await shop.orders([{ lines: [{ sku: skus[0], quantity: 1 }] }]);

  await signInAsOps(page, shop.ops.email);
  await page.goto(`/admin/shipping?field=productId&q=${skus[0].productCode}`);
  await page.getByLabel(`Select order ${shop.orderNumber(o.number)}`).check();
  await page.getByRole("button", { name: "Cancel orders" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel orders" });
  await dialog.getByRole("button", { name: "Cancel orders" }).click();
  await expect(dialog.getByText("Enter the reason for cancelling.")).toBeVisible();
  await dialog.getByLabel("Reason for cancelling").fill("This product is sold out.");
  await dialog.getByRole("button", { name: "Cancel orders" }).click();
  await expect(page.getByText("1 order cancelled. The buyer has been told by e-mail.")).toBeVisible();
  await expect(page.getByText("No orders waiting to be released")).toBeVisible();
  expect(await db.order.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({ status: "CANCELLED", cancelledReason: "This product is sold out." });
});

test("the oldest of two orders competing for the last units gets them, as the pop-up says", async ({ page }) => {
  const shop = await createShippingBrand(db);
  const { skus } = await shop.product([3]);
  // The list shows the newest first; both want 2 of the last 3 units.
  const [older, newer] = await shop.orders([
    { lines: [{ sku: skus[0], quantity: 2 }], createdAt: new Date(Date.now() - 2 * 86_400_000) },
    { lines: [{ sku: skus[0], quantity: 2 }], createdAt: new Date(Date.now() - 86_400_000) },
  ]);

  await signInAsOps(page, shop.ops.email);
  await page.goto("/admin/shipping");
  await page.getByLabel(`Select order ${shop.orderNumber(newer.number)}`).check();
  await page.getByLabel(`Select order ${shop.orderNumber(older.number)}`).check();
  await page.getByRole("button", { name: "Preparing to Release" }).click();

  const dialog = page.getByRole("dialog", { name: "Preparing to Release" });
  await expect(dialog.getByTestId("release-served-first")).toHaveText(
    "Oldest orders are served first. Stock that another release has already taken stays with its orders, even newer ones.",
  );
  // Tile labels read right for the count: 2 orders, 1 option.
  await expect(dialog.locator("dt")).toHaveText(["Orders", "Total quantity", "Option"]);
  await dialog.getByRole("button", { name: "Prepare for release" }).click();

  await expect(dialog.getByTestId("release-outcome")).toContainText("1 order moved to Preparing product. 1 order failed to release.");
  await expect(dialog.getByTestId("release-failure")).toContainText(shop.orderNumber(newer.number));
  await expect(dialog.getByTestId("release-failure")).toContainText(`Not enough stock for ${skus[0].code} (needs 2, 1 in stock)`);
  expect(await db.order.findUniqueOrThrow({ where: { id: older.id } })).toMatchObject({ releaseStatus: "PREPARING_PRODUCT" });
  expect(await db.order.findUniqueOrThrow({ where: { id: newer.id } })).toMatchObject({ releaseStatus: "FAILED_TO_RELEASE" });
});

test("Optional +: choosing a shipping option lists exactly the orders whose Shipping option column shows it", async ({ page }) => {
  const shop = await createShippingBrand(db);
  const { skus } = await shop.product([10]);
  const domestic = await shop.rateGroup("Domestic (Japan)", "JPY", "JP");
  const domesticUsd = await shop.rateGroup("Domestic (Japan)", "USD", "JP");
  const line = [{ sku: skus[0], quantity: 1 }];
  // The rate name ("Standard") is shared across groups; the column and the filter speak of the group.
  const [a, b, c, none] = await shop.orders([
    { lines: line, shippingRateGroupId: domestic.id, shippingOptionName: "Standard" },
    { lines: line, shippingRateGroupId: domestic.id, shippingOptionName: "Free over ¥30,000" },
    { lines: line, shippingRateGroupId: domesticUsd.id, shippingOptionName: "Standard" },
    { lines: line, shippingRateGroupId: null, shippingOptionName: "Standard" },
  ]);
  const row = (n: number) => page.getByTestId(`queue-row-${shop.orderNumber(n)}`);
  const label = "Domestic (Japan) · JPY · JP";

  await signInAsOps(page, shop.ops.email);
  await page.goto("/admin/shipping");
  const column = page.getByRole("table").getByTestId("shipping-option");
  await expect(column).toHaveCount(4);
  await expect(row(a.number).getByTestId("shipping-option")).toHaveText(label);
  await expect(row(c.number).getByTestId("shipping-option")).toHaveText("Domestic (Japan) · USD · JP");
  await expect(row(none.number).getByTestId("shipping-option")).toHaveText("No shipping option");

  const search = page.getByRole("search", { name: "Search orders" });
  await search.getByRole("button", { name: "Optional +" }).click();
  const select = search.getByLabel("Shipping option", { exact: true });
  await expect(select.locator("option")).toHaveText(["All shipping options", label, "Domestic (Japan) · USD · JP", "No shipping option"]);
  await select.selectOption({ label });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`ship=group%3A${domestic.id}`));

  await expect(column).toHaveCount(2);
  await expect(column).toHaveText([label, label]);
  await expect(row(a.number)).toBeVisible();
  await expect(row(b.number)).toBeVisible();
  await expect(search.getByLabel("Shipping option", { exact: true })).toHaveValue(`group:${domestic.id}`);

  await search.getByLabel("Shipping option", { exact: true }).selectOption({ label: "No shipping option" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(column).toHaveText(["No shipping option"]);
  await expect(row(none.number)).toBeVisible();
});

test("in Japanese: the queue, the release pop-up, a failure's detail and the released list speak Japanese", async ({ page }) => {
  const shop = await createShippingBrand(db);
  const { skus } = await shop.product([5, 1]);
  const [covered, short] = await shop.orders([
    { lines: [{ sku: skus[0], quantity: 2 }] },
    { lines: [{ sku: skus[1], quantity: 2 }] },
  ]);
  await shop.orders([{ lines: [{ sku: skus[0], quantity: 1 }], shipCountry: "US", address: { shipPostalCode: "11211" } }]);

  await signInAsOps(page, shop.ops.email);
  await page.getByTestId("language-switcher").selectOption("ja");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "出荷", exact: true }).click();

  await expect(page.getByRole("heading", { name: "新規（出荷待ち）注文" })).toBeVisible();
  const scopes = page.getByRole("navigation", { name: "配送先の国" });
  await expect(scopes.getByRole("link", { name: /国内/ })).toContainText("2");
  await expect(scopes.getByRole("link", { name: /海外/ })).toContainText("1");
  const views = page.getByRole("navigation", { name: "出荷準備ステータス" });
  await expect(views.getByRole("link", { name: /出荷準備前/ })).toContainText("2");
  await expect(views.getByRole("link", { name: /出荷準備失敗/ })).toBeVisible();
  await expect(page.getByText("出荷準備前：ご注文を受けてから、出荷準備を行う前の状態の注文です。")).toBeVisible();
  for (const header of ["注文番号", "注文日", "注文者", "配送先", "配送方法", "数量", "合計"]) await expect(page.getByRole("columnheader", { name: header, exact: true })).toBeVisible();
  const search = page.getByRole("search", { name: "注文を検索" });
  await expect(search.getByLabel("検索項目")).toBeVisible();
  await expect(search.getByRole("button", { name: "詳細条件 +" })).toBeVisible();

  await page.getByLabel("このページの注文をすべて選択").check();
  await expect(page.getByTestId("selection-count")).toHaveText("2件選択中");
  await page.getByRole("button", { name: "出荷準備", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "出荷準備" });
  await expect(dialog.locator("dt")).toHaveText(["注文数", "合計数量", "オプション数"]);
  await expect(dialog.getByTestId(`release-sku-${skus[1].code}`)).toContainText("1点不足");
  await dialog.getByRole("button", { name: "出荷準備を実行" }).click();
  await expect(dialog.getByTestId("release-outcome")).toContainText("1件の注文が出荷準備中になりました。1件の注文が出荷準備に失敗しました。");
  await expect(dialog.getByTestId("release-failure")).toContainText(`${skus[1].code}（必要数 2、在庫 1）の在庫が不足しています。`);
  await dialog.getByRole("button", { name: "閉じる" }).click();

  await views.getByRole("link", { name: /出荷準備失敗/ }).click();
  const failedRow = page.getByTestId(`queue-row-${shop.orderNumber(short.number)}`);
  await expect(failedRow).toContainText("在庫が不足しています");
  await expect(failedRow).toContainText(`${skus[1].code}（必要数 2、在庫 1）`);
  await failedRow.getByRole("link", { name: shop.orderNumber(short.number) }).click();
  for (const section of ["注文商品", "支払い情報", "配送情報", "キャンセル・未納", "注文者"]) await expect(page.getByRole("heading", { name: section, exact: true })).toBeVisible();
  await expect(page.getByTestId("release-failure-reason")).toContainText("出荷準備失敗：在庫が不足しています");
  await expect(page.getByTestId("release-status")).toHaveText("出荷準備失敗");

  await page.goto("/admin/shipping/released");
  await expect(page.getByRole("heading", { name: "出荷", exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "出荷状況" }).getByRole("link", { name: /出荷準備中/ })).toContainText("1");
  await expect(page.getByTestId(`released-row-${shop.orderNumber(covered.number)}`)).toContainText("出荷準備中");
  // Statuses are words, never enum names or the English labels.
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/PREPARING_PRODUCT|Preparing product|Domestic|International/);
});
