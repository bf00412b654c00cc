// Buyers, Settings, the profile pages and sign-in in Japanese: the admin's switcher, the brand's
// language for staff without a setting of their own, the profile's Language setting, and the
// sign-in and staff invitation pages' visitor switcher.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { createE2eBrand, E2E_PASSWORD, e2ePrisma, signInAs } from "./support/catalogs-fixture";
import { hashSecret } from "../../lib/auth/password";
import { hashSecretToken } from "../../lib/auth/secret-token";

test.describe.configure({ timeout: 120_000 });
const SAVED = { timeout: 30_000 };

/** A member of the brand with no language setting of their own. */
async function addMember(brandId: string, role: "ADMIN" | "STAFF") {
  const id = randomBytes(4).toString("hex");
  const user = await e2ePrisma().user.create({ data: { email: `member-${id}@e2e.example`, name: `Member ${id}`, passwordHash: await hashSecret(E2E_PASSWORD) } });
  await e2ePrisma().brandMember.create({ data: { brandId, userId: user.id, role } });
  return user;
}

/** A browser of its own, without the English choice the other tests start with. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "en-US" });
  return context.newPage();
}

test("Buyers, a buyer's page and Settings read in Japanese, statuses included", async ({ page }) => {
  const { owner, buyer, brand } = await createE2eBrand();
  await signInAs(page, owner.email);
  await page.getByTestId("language-switcher").selectOption("ja");
  const menu = page.getByRole("navigation", { name: "メインメニュー" });
  await expect(menu).toBeVisible();

  // Buyers: the Connected Buyers tab, its search and the status of each row.
  await menu.getByRole("link", { name: "バイヤー", exact: true }).click();
  await expect(page.getByRole("heading", { name: "バイヤー", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "取引先バイヤー" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByLabel("ステータス")).toHaveValue("CONNECTED");
  await expect(page.getByLabel("ステータス").locator("option:checked")).toHaveText("取引中");
  const table = page.getByTestId("buyers-table");
  await expect(table.getByRole("columnheader", { name: "取引条件" })).toBeVisible();
  const row = page.getByTestId("buyer-row").filter({ hasText: buyer.name });
  await expect(row).toContainText("取引中");
  await expect(row).toContainText("オフライン");
  await expect(table).not.toContainText("Connected");
  await expect(table).not.toContainText("OFFLINE");

  // Disconnect (取引を停止) from the list, with its modal.
  await row.getByRole("button", { name: `${buyer.name}との取引を停止` }).click();
  const modal = page.getByRole("dialog", { name: "取引を停止" });
  await expect(modal).toContainText("ステータスは「取引停止」になり");
  await modal.getByRole("button", { name: "取引を停止" }).click();
  await expect(page.getByText(`${buyer.name}との取引を停止しました。ステータス：取引停止`)).toBeVisible(SAVED);

  // The buyer's page: status, sections and the history in Japanese.
  await page.goto(`/admin/buyers/${buyer.id}`);
  await expect(page.getByRole("heading", { name: buyer.name })).toBeVisible();
  await expect(page.getByTestId("connection-status")).toHaveText("取引停止");
  await expect(page.getByRole("heading", { name: "取引条件" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "ブランド専用ログイン情報" })).toBeVisible();
  await expect(page.getByTestId("connection-history")).toContainText("取引を停止");
  await expect(page.getByTestId("credentials-state")).toHaveText("未設定です。バイヤーはブランド専用ログイン情報でログインできません。");
  const terms = page.getByRole("form", { name: "取引条件" });
  await terms.getByLabel("割引率（%）").fill("120");
  await terms.getByRole("button", { name: "取引条件を保存" }).click();
  await expect(terms.getByText("割引率は100%以下にしてください。")).toBeVisible();
  await expect(terms.getByLabel("言語").locator("option:checked")).toHaveText("英語");
  await expect(page.getByRole("button", { name: "取引を再開" })).toBeVisible();

  // Settings: its tabs, the general form and the staff page.
  await menu.getByRole("link", { name: "設定" }).click();
  await expect(page.getByRole("heading", { name: "設定", exact: true })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "設定" });
  for (const tab of ["基本設定", "送料グループ", "タグ", "スタッフ"]) await expect(tabs.getByRole("link", { name: tab })).toBeVisible();
  await expect(page.getByLabel("ブランドの言語")).toBeVisible();
  await expect(page.getByLabel("タイムゾーン")).toHaveValue("UTC");
  await expect(page.getByRole("heading", { name: "アドオン" })).toBeVisible();
  await tabs.getByRole("link", { name: "スタッフ" }).click();
  await expect(page.getByRole("heading", { name: "スタッフを招待" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: `${owner.name}の権限` }).locator("option:checked")).toHaveText("オーナー");
  await tabs.getByRole("link", { name: "タグ" }).click();
  await expect(page.getByText("タグはまだありません。")).toBeVisible();
  await page.getByLabel("新しいタグ").fill("VIP");
  await page.getByRole("button", { name: "タグを追加" }).click();
  await expect(page.getByTestId("tags")).toContainText("0件の注文", SAVED);
  await expect(page).toHaveTitle(new RegExp(`^タグ`));
  expect((await e2ePrisma().brand.findUniqueOrThrow({ where: { id: brand.id } })).language).toBe("EN");
});

test("a brand set to 日本語 in Asia/Tokyo: its staff without a setting of their own see the admin in Japanese", async ({ page, browser }) => {
  const { owner, brand } = await createE2eBrand();
  const member = await addMember(brand.id, "STAFF");
  await signInAs(page, owner.email);
  await page.goto("/admin/settings");
  await page.getByLabel("Brand language").selectOption({ label: "日本語" });
  await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible(SAVED);
  // The owner chose English in this browser: the admin stays English for them.
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  expect(await e2ePrisma().brand.findUniqueOrThrow({ where: { id: brand.id } })).toMatchObject({ language: "JA", timeZone: "Asia/Tokyo" });

  // The member signs in on an English browser and has chosen nothing.
  const memberPage = await freshPage(browser);
  await memberPage.goto("/signin");
  await memberPage.getByLabel("Email").fill(member.email);
  await memberPage.getByLabel("Password").fill(E2E_PASSWORD);
  await memberPage.getByRole("button", { name: "Sign in" }).click();
  await expect(memberPage.getByRole("navigation", { name: "メインメニュー" })).toBeVisible(SAVED);
  await memberPage.reload();
  await expect(memberPage.locator("html")).toHaveAttribute("lang", "ja");
  await memberPage.context().close();
});

test("the profile page shows who is signed in and changes their language", async ({ page, browser }) => {
  const { owner, brand } = await createE2eBrand();
  await signInAs(page, owner.email);
  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
  await expect(page.getByTestId("profile-name-input")).toHaveValue(owner.name);
  await expect(page.getByTestId("profile-email")).toHaveText(owner.email);
  const language = page.getByTestId("profile-language");
  await expect(language).toHaveValue("default");
  await expect(language.locator("option:checked")).toHaveText("Use the brand's language (English)");

  await language.selectOption("ja");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { name: "プロフィール" })).toBeVisible(SAVED);
  await expect(page.getByRole("navigation", { name: "メインメニュー" })).toBeVisible();
  expect((await e2ePrisma().user.findUniqueOrThrow({ where: { id: owner.id } })).language).toBe("JA");

  // Back to the brand's language (English): the setting is cleared.
  await page.getByTestId("profile-language").selectOption("default");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible(SAVED);
  expect((await e2ePrisma().user.findUniqueOrThrow({ where: { id: owner.id } })).language).toBeNull();

  // A buyer's profile, from the Buyer App header.
  const prisma = e2ePrisma();
  const id = randomBytes(4).toString("hex");
  const buyerUser = await prisma.user.create({ data: { email: `buyer-${id}@e2e.example`, name: `Buyer ${id}`, passwordHash: await hashSecret(E2E_PASSWORD) } });
  const shop = await prisma.buyer.create({ data: { name: `Shop ${id}`, country: "JP", ownership: "CUSTOMER_OWNED", email: buyerUser.email, members: { create: { userId: buyerUser.id, role: "OWNER" } } } });
  await prisma.connection.create({ data: { brandId: brand.id, buyerId: shop.id, currency: "JPY" } });
  const buyerPage = await (await browser.newContext()).newPage();
  await buyerPage.goto("/signin");
  await buyerPage.getByLabel("Email").fill(buyerUser.email);
  await buyerPage.getByLabel("Password").fill(E2E_PASSWORD);
  await buyerPage.getByRole("button", { name: "Sign in" }).click();
  await buyerPage.getByRole("link", { name: "Profile" }).click();
  await expect(buyerPage.getByTestId("profile-language").locator("option", { hasText: "Use the browser's language" })).toHaveCount(1);
  await buyerPage.getByTestId("profile-language").selectOption("ja");
  await buyerPage.getByRole("button", { name: "Save", exact: true }).click();
  await expect(buyerPage.getByRole("heading", { name: "プロフィール" })).toBeVisible(SAVED);
  await expect(buyerPage.getByRole("link", { name: "バイヤーアプリ" })).toBeVisible();
  await buyerPage.context().close();
});

test("the sign-in page and a staff invitation switch to Japanese before anyone signs in", async ({ page }) => {
  await page.goto("/signin");
  await page.getByTestId("language-switcher").selectOption("ja");
  await expect(page.getByRole("heading", { name: "アカウントにログイン" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page.getByText("メールアドレスを入力してください。")).toBeVisible();
  await expect(page.getByText("パスワードを入力してください。")).toBeVisible();
  await page.getByLabel("メールアドレス").fill("nobody@e2e.example");
  await page.getByLabel("パスワード").fill("not-the-password");
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page.getByTestId("signin-error")).toHaveText("メールアドレスまたはパスワードが正しくありません。");

  // A staff invitation opened in the same browser keeps the choice; its own switcher goes back.
  const { brand } = await createE2eBrand();
  const token = randomBytes(24).toString("base64url");
  await e2ePrisma().staffInvitation.create({ data: { brandId: brand.id, email: `invitee-${token.slice(0, 6)}@e2e.example`, role: "OPS", tokenHash: hashSecretToken(token) } });
  await page.goto(`/invite/${token}`);
  await expect(page.getByRole("heading", { name: `${brand.name}に参加` })).toBeVisible();
  await expect(page.getByTestId("invited-role")).toHaveText("出荷担当");
  await page.getByRole("button", { name: "アカウントを作成して参加" }).click();
  await expect(page.getByText("お名前を入力してください。")).toBeVisible();
  await page.getByTestId("language-switcher").selectOption("en");
  await expect(page.getByRole("heading", { name: `Join ${brand.name}` })).toBeVisible();
  await expect(page.getByTestId("invited-role")).toHaveText("Ops");
  await expect(page.getByText("Enter your name.")).toBeVisible();
});
