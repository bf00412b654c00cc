// Cart, checkout, the order-placed page and the Buyer App in Japanese: a buyer trading in Japanese
// orders through a Customer Order Link and reads every step in Japanese (money in yen, statuses
// translated); a Buyer App user who switches to 日本語 browses, orders and follows the order in it.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { createConnectedBuyer, E2E_PASSWORD } from "./support/buyers-fixture";
import { createLinkBrand, e2ePrisma, LINK_PASSWORD } from "./support/link-pages-fixture";

const ENGLISH_CART_WORDS = /\b(Cart updated|Your cart|Subtotal|Proceed to checkout|Continue shopping|Remove)\b/;
const ENGLISH_CHECKOUT_WORDS = /\b(Checkout|Your details|Contact name|Shipping address|Payment method|Pay outside the app|Shipping fee|Total|Place order)\b/;
const ENGLISH_ORDER_WORDS = /\b(Thank you|Order number|Order progress|Placed|Shipping fee|Total|Cancel order|Back to catalogs|PLEASE_CREATE_OC|Please create an OC)\b/;

test("a buyer trading in Japanese reads the cart, checkout and order-placed page of a Customer Order Link in Japanese", async ({ page }) => {
  test.setTimeout(120_000);
  const world = await createLinkBrand();
  await page.goto(`/l/${world.customerLink.token}`);
  await page.getByLabel("Email").fill(world.user.email);
  await page.getByLabel("Password").fill(LINK_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "カタログ", exact: true })).toBeVisible();

  // The order grid.
  await page.getByRole("link", { name: /Spring Line/ }).click();
  const grid = page.getByRole("form", { name: "Linen Shirt" });
  await expect(grid).toContainText("単価：");
  await expect(grid.getByTestId("unit-price")).toHaveText("￥10,800");
  await expect(grid.getByRole("columnheader", { name: "カラー ＼ サイズ" })).toBeVisible();
  await grid.getByLabel("Navy / S の数量").fill("2.5");
  await grid.getByRole("button", { name: "カートに追加" }).click();
  await expect(grid.getByTestId("field-error")).toHaveText("0から9999までの整数を入力してください。");
  await grid.getByLabel("Navy / S の数量").fill("2");
  await grid.getByRole("button", { name: "カートに追加" }).click();
  await expect(page.getByText("カートを更新しました。")).toBeVisible();
  await expect(grid.getByRole("button", { name: "カートを更新" })).toBeVisible();

  // The cart.
  await page.getByTestId("cart-badge").click();
  await expect(page).toHaveTitle(/^カート/);
  await expect(page.getByRole("heading", { name: "カート", exact: true })).toBeVisible();
  await expect(page.getByText("小計 · 2点")).toBeVisible();
  await expect(page.getByTestId("cart-subtotal")).toHaveText("￥21,600");
  await expect(page.getByRole("button", { name: "Linen Shirt Navy / S を削除" })).toBeVisible();
  await expect(page.getByRole("link", { name: "買い物を続ける" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(ENGLISH_CART_WORDS);

  // Checkout: labels, the country named in Japanese, the forced address, the shipping fee, a field error.
  await page.getByRole("link", { name: "ご注文手続きへ進む" }).click();
  await expect(page).toHaveTitle(/^ご注文手続き/);
  await expect(page.getByRole("heading", { name: "ご注文手続き", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "お客様情報" })).toBeVisible();
  await expect(page.getByLabel("国")).toHaveValue("JP");
  await expect(page.getByLabel("国").locator("option:checked")).toHaveText("日本");
  await expect(page.getByTestId("address-section")).toContainText("配送またはカード決済のため、住所の入力が必要です。");
  await expect(page.getByText("送料（Standard）")).toBeVisible();
  await expect(page.getByTestId("shipping-fee")).toHaveText("￥1,000");
  await expect(page.getByTestId("order-total")).toHaveText("￥22,600");
  await expect(page.getByText("アプリ外でのお支払い")).toBeVisible();
  await page.getByLabel("ご担当者名").fill("");
  await page.getByRole("button", { name: "注文を確定する" }).click();
  await expect(page.getByTestId("field-error")).toHaveText("ご担当者名を入力してください。");
  await expect(page.locator("main")).not.toContainText(ENGLISH_CHECKOUT_WORDS);
  await page.getByLabel("ご担当者名").fill("青木 凛");
  await page.getByRole("button", { name: "注文を確定する" }).click();

  // The order-placed page, in the order's language.
  const placed = page.getByTestId("order-placed");
  await expect(placed).toBeVisible();
  await expect(page).toHaveTitle(/^ご注文完了/);
  await expect(placed.getByRole("heading", { name: "ご注文ありがとうございます" })).toBeVisible();
  await expect(placed).toContainText(`注文番号： ${world.brand.orderPrefix}-000001`);
  await expect(placed).toContainText(`確認メールの送信先：${world.user.email}`);
  await expect(placed.getByTestId("order-progress")).toContainText("ご注文の状況");
  await expect(placed.getByTestId("progress-step-placed")).toContainText("ご注文受付");
  await expect(placed.getByTestId("progress-step-placed")).toContainText(/\d{4}\/\d{2}\/\d{2}/);
  await expect(placed.getByTestId("progress-step-confirmation")).toContainText("注文確認書");
  await expect(placed).toContainText("Linen Shirt · Navy / S × 2");
  await expect(placed.getByTestId("placed-total")).toHaveText("￥22,600");
  await expect(placed.getByRole("button", { name: "注文をキャンセル" })).toBeVisible();
  await expect(placed.getByRole("link", { name: "カタログ一覧へ戻る" })).toBeVisible();
  await expect(placed).not.toContainText(ENGLISH_ORDER_WORDS);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  expect(await e2ePrisma().order.findFirstOrThrow({ where: { brandId: world.brand.id } })).toMatchObject({ language: "JA", total: 22600, contactName: "青木 凛" });
});

test("a guest who placed an order in English keeps reading it in English after switching the link to 日本語", async ({ page }) => {
  const world = await createLinkBrand();
  await page.goto(`/l/${world.instantLink.token}`);
  await page.getByRole("link", { name: /Spring Line/ }).click();
  const grid = page.getByRole("form", { name: "Linen Shirt" });
  await grid.getByRole("spinbutton").first().fill("1");
  await grid.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
  await page.goto(`/l/${world.instantLink.token}/checkout`);
  await page.getByLabel("Company name").fill("Pop-up Shop");
  await page.getByLabel("Contact name").fill("Mei Chen");
  await page.getByLabel("Email").fill(`english-${world.brand.slug}@e2e.example`);
  await page.getByLabel("Phone").fill("+81 90 0000 0000");
  await page.getByLabel("Recipient name").fill("Mei Chen");
  await page.getByLabel("Postal code").fill("150-0001");
  await page.getByLabel("Address line 1").fill("2-1 Jingumae");
  await page.getByLabel("City").fill("Tokyo");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
  const orderUrl = page.url();

  // The visitor switches the link to Japanese: the link's pages follow, the order page keeps the order's language.
  await page.goto(`/l/${world.instantLink.token}`);
  await page.getByTestId("language-switcher").selectOption("ja");
  await expect(page.getByRole("heading", { name: "カタログ", exact: true })).toBeVisible();
  await page.goto(orderUrl);
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
  await expect(page.getByTestId("progress-step-placed")).toContainText("Placed");
  await expect(page.getByRole("button", { name: "Cancel order" })).toBeVisible();
  await expect(page.getByTestId("order-placed")).not.toContainText(/ご注文|注文確認書|キャンセル/);
});

test("a Buyer App user who switches to 日本語 browses, orders and follows the order in Japanese", async ({ page }) => {
  test.setTimeout(120_000);
  const f = await createConnectedBuyer();
  await signIn(page, f.buyerUser.email, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/buyer$/);
  await page.getByTestId("language-switcher").selectOption("ja");

  const nav = page.getByRole("navigation", { name: "バイヤーアプリ" });
  await expect(nav.getByRole("link", { name: "ブランド" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "注文履歴" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "組織" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "ブランド", exact: true })).toBeVisible();
  await expect(page.getByText(`${f.buyer.name} と取引中のブランドです。`)).toBeVisible();
  await expect(page.getByTestId("connected-brands")).toContainText("取引通貨 JPY · 英語");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");

  // The brand and its catalog.
  await page.getByTestId("connected-brands").getByText(f.brand.name).click();
  await expect(page.getByText("お取引条件：JPY建て、卸価格から10%引き、Net 30")).toBeVisible();
  await expect(page.getByRole("heading", { name: "カタログ", exact: true })).toBeVisible();
  await expect(page.getByTestId("brand-catalogs")).toContainText("1商品");
  await expect(page.getByTestId("brand-catalogs")).toContainText("注文締切なし");
  await page.getByRole("link", { name: new RegExp(f.catalog.name) }).click();
  await expect(page.getByText("お取引条件によるJPY建ての価格です。")).toBeVisible();
  await expect(page.getByTestId("cart-summary")).toHaveText("カートは空です。下の表に数量を入力してカートに追加してください。");
  await page.getByLabel("Navy / M の数量").fill("3");
  await page.getByRole("button", { name: "カートに追加" }).click();
  await expect(page.getByTestId("cart-summary")).toHaveText("カート内：3点 · ￥32,400");

  // Cart and checkout.
  await page.getByRole("link", { name: "カートを見る" }).click();
  await expect(page.getByRole("heading", { name: "カート", exact: true })).toBeVisible();
  await expect(page.getByText(`${f.brand.name} へのスタンダードオーダー · お取引条件によるJPY建ての価格です。`)).toBeVisible();
  await page.getByRole("link", { name: "ご注文手続きへ進む" }).click();
  await expect(page.getByRole("heading", { name: "ご注文手続き", exact: true })).toBeVisible();
  await page.getByLabel("お届け先のお名前").fill("Buyer");
  await page.getByLabel("郵便番号").fill("150-0041");
  await page.getByLabel("住所1").fill("1-2-3 Jinnan");
  await page.getByLabel("市区町村").fill("Shibuya-ku");
  await page.getByRole("button", { name: "注文を確定する" }).click();

  // The order, then My orders.
  await expect(page).toHaveURL(/\/buyer\/orders\/[^/]+$/);
  await expect(page.getByRole("heading", { name: `ご注文 ${f.brand.orderPrefix}-000001` })).toBeVisible();
  await expect(page.getByTestId("order-status")).toHaveText("注文確認書を作成してください");
  await expect(page.getByTestId("order-progress")).toContainText("ご注文の状況");
  await expect(page.getByText("注文確認書", { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId("order-total")).toHaveText("￥32,400");
  await expect(page.getByRole("heading", { name: "配送先住所" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/PLEASE_CREATE_OC|Please create an OC|Order progress|Subtotal|Shipping address|Cancel order/);

  await page.getByRole("button", { name: "注文をキャンセル" }).click();
  const dialog = page.getByRole("dialog", { name: "このご注文をキャンセルしますか？" });
  await expect(dialog).toContainText("ブランドに送信されます。500文字以内。");
  await dialog.getByRole("button", { name: "キャンセルしない" }).click();

  await page.getByRole("navigation", { name: "バイヤーアプリ" }).getByRole("link", { name: "注文履歴" }).click();
  await expect(page.getByRole("heading", { name: "注文履歴", exact: true })).toBeVisible();
  const orders = page.getByTestId("buyer-orders");
  await expect(orders).toContainText("1行");
  await expect(orders).toContainText("注文確認書を作成してください");
  await expect(orders).toContainText(/\d{4}\/\d{2}\/\d{2}/);

  await page.getByRole("navigation", { name: "バイヤーアプリ" }).getByRole("link", { name: "組織" }).click();
  await expect(page.getByRole("heading", { name: "メンバー" })).toBeVisible();
  await expect(page.getByTestId("org-members")).toContainText("オーナー");
  await page.getByRole("button", { name: "住所を追加" }).click();
  await expect(page.getByRole("form", { name: "住所の追加" }).getByTestId("field-error").first()).toHaveText("お届け先のお名前を入力してください。");
  expect((await e2ePrisma().user.findUniqueOrThrow({ where: { id: f.buyerUser.id } })).language).toBe("JA");
});
