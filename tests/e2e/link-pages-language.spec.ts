// The link pages and the error pages in Japanese: a buyer trading in Japanese reads the catalogs
// in Japanese once logged in; a guest chooses 日本語 on a gate and keeps it; a Japanese visitor's
// not-found pages and a Japanese admin's error pages read Japanese.
import { expect, test } from "@playwright/test";
import { ADMIN_LISTS_PASSWORD, createAdminListsBrand } from "./support/admin-lists-fixture";
import { signInAsBrandStaff } from "./support/accounts";
import { createLinkBrand, e2ePrisma, LINK_PASSWORD } from "./support/link-pages-fixture";

test("a buyer whose trading terms are Japanese reads the catalog list and a catalog in Japanese, dates in the brand's time zone", async ({ page }) => {
  const world = await createLinkBrand();
  const prisma = e2ePrisma();
  await prisma.brand.update({ where: { id: world.brand.id }, data: { timeZone: "Asia/Tokyo" } });
  const spring = await prisma.catalog.findFirstOrThrow({ where: { brandId: world.brand.id, name: "Spring Line" } });
  await prisma.catalog.update({ where: { id: spring.id }, data: { orderDeadline: new Date("2031-03-31T15:00:00Z") } });
  await prisma.catalogProduct.updateMany({ where: { catalogId: spring.id }, data: { deliveryDate: new Date("2031-05-20T00:00:00Z") } });
  const autumn = await prisma.catalog.create({ data: { brandId: world.brand.id, name: "Autumn Line", status: "OPEN", publicationDate: new Date("2031-01-01T00:00:00Z") } });
  await prisma.orderLinkCatalog.create({ data: { linkId: world.customerLink.id, catalogId: autumn.id, position: 1 } });

  await page.goto(`/l/${world.customerLink.token}`);
  await expect(page.getByRole("heading", { name: "Log in to order" })).toBeVisible();
  await page.getByLabel("Email").fill(world.user.email);
  await page.getByLabel("Password").fill(LINK_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(page.getByRole("heading", { name: "カタログ", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByTestId("ordering-as")).toHaveText(`${world.buyer.name} としてご注文中`);
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  // The trading terms decide the language: nothing to switch.
  await expect(page.getByTestId("language-switcher")).toHaveCount(0);
  const catalogs = page.getByTestId("link-catalogs");
  await expect(catalogs.getByText(/^注文締切 2031年4月1日 0:00 JST$/)).toBeVisible();
  await expect(catalogs.getByText(/^2031年1月1日 9:00 JSTから公開$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "お問い合わせ先" })).toBeVisible();
  await expect(page.getByTestId("link-contacts")).toContainText("Sato Haruka");
  await expect(page.locator("body")).not.toContainText(/Catalogs|Log out|Order by|Available from|Ordering as|Contacts/);

  await catalogs.getByRole("link", { name: /Spring Line/ }).click();
  await expect(page.getByRole("heading", { name: "Spring Line" })).toBeVisible();
  await expect(page.getByText(/^1商品 · 注文締切 2031年4月1日 0:00 JST$/)).toBeVisible();
  await expect(page.getByTestId("product-card")).toContainText("納期 2031/05/20");
  await expect(page.getByRole("link", { name: "← 戻る" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/\b(Back|products?|Delivery|Order by)\b/);
});

test("a guest switches a gate to 日本語: the passcode, login and not-yet-open screens read Japanese, also after a reload", async ({ page }) => {
  await page.goto("/l/aa-customer-pass-8Bx1qS4tLd");
  await expect(page.getByRole("heading", { name: "Enter the passcode" })).toBeVisible();
  await page.getByTestId("language-switcher").selectOption("ja");
  await expect(page.getByRole("heading", { name: "パスコードを入力してください" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");

  await page.reload();
  await expect(page.getByRole("heading", { name: "パスコードを入力してください" })).toBeVisible();
  await expect(page.getByTestId("language-switcher")).toHaveValue("ja");
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByTestId("field-error")).toHaveText("パスコードを入力してください。");
  await page.getByLabel("パスコード").fill("autumn");
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByTestId("link-form-error")).toHaveText("パスコードが正しくありません。");
  await page.getByLabel("パスコード").fill("spring27");
  await page.getByRole("button", { name: "次へ" }).click();

  await expect(page.getByRole("heading", { name: "ログインしてご注文" })).toBeVisible();
  for (const tab of ["ユーザーアカウントでログイン", "オフラインバイヤーとしてログイン", "ブランド専用ログイン情報でログイン"]) await expect(page.getByRole("tab", { name: tab })).toBeVisible();
  await page.getByRole("tab", { name: "ブランド専用ログイン情報でログイン" }).click();
  await expect(page.getByLabel("固有コード")).toBeVisible();

  // The choice holds on the link's other gates.
  await page.goto("/l/aa-customer-soon-6Vd9cK5gHs");
  const soon = page.getByTestId("link-not-yet-open");
  await expect(soon.getByRole("heading", { name: "このリンクはまだ公開されていません" })).toBeVisible();
  await expect(soon).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2} JSTに公開されます。/);
  await page.goto("/l/aa-customer-void-0Fy8sL3kPw");
  await expect(page.getByTestId("link-void")).toContainText("このリンクは停止されています");

  // And the header switcher before login turns it back.
  await page.goto("/l/aa-customer-open-5Hn3mV8rJc");
  await page.getByTestId("language-switcher").selectOption("en");
  await expect(page.getByRole("heading", { name: "Log in to order" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("a visitor whose browser asks for Japanese", () => {
  test.use({ locale: "ja-JP", storageState: { cookies: [], origins: [] } });

  test("reads the not-found pages in Japanese", async ({ page }) => {
    const response = await page.goto("/no-such-page-anywhere");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
    await expect(page.getByRole("link", { name: "トップページへ" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page).toHaveTitle(/ページが見つかりません/);

    expect((await page.goto("/l/no-such-link-token"))?.status()).toBe(404);
    await expect(page.getByTestId("link-not-found")).toContainText("このリンクは存在しません");
    // (Under an existing link the link's or its brand's language comes before the browser's:
    // tests/e2e/error-pages.spec.ts.)
  });
});

test("brand staff who chose 日本語 read the admin's not-found and error pages in Japanese, with the reference", async ({ page }) => {
  const f = await createAdminListsBrand();
  await signInAsBrandStaff(page, f.owner.email, ADMIN_LISTS_PASSWORD);
  await page.getByTestId("language-switcher").selectOption("ja");
  await expect(page.getByRole("navigation", { name: "メインメニュー" })).toBeVisible();

  expect((await page.goto("/admin/no-such-page"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
  await expect(page.getByRole("link", { name: "ダッシュボードに戻る" })).toBeVisible();

  // An order the list cannot show: its currency code is corrupt.
  await e2ePrisma().order.update({ where: { id: f.orders.toShip.id }, data: { currency: "X1" } });
  expect((await page.goto("/admin/orders"))?.status()).toBe(500);
  const errorPage = page.getByTestId("error-page");
  await expect(errorPage.getByRole("heading", { name: "このページを表示できませんでした" })).toBeVisible();
  await expect(errorPage).toContainText("参照番号");
  await expect(errorPage.getByTestId("error-reference")).toHaveText(/^\d+$/);
  await expect(errorPage.getByRole("button", { name: "再試行" })).toBeVisible();
});
