// The Links menu and Lookbooks for staff reading Japanese: the list, the create form, the Status
// Update modal, the link's page and its history say it in Japanese, statuses included (never the
// English enum names).
import { expect, test } from "@playwright/test";
import { signInAsBrandStaff } from "./support/accounts";
import { createLinksBrand, LINKS_FIXTURE_PASSWORD } from "./support/links-fixture";

test.use({ timezoneId: "Asia/Tokyo" });

test("staff switched to Japanese read the Links list, the create form and the Status Update modal in Japanese", async ({ page }) => {
  test.setTimeout(180_000);
  const f = await createLinksBrand();
  await signInAsBrandStaff(page, f.user.email, LINKS_FIXTURE_PASSWORD);
  await page.goto("/admin/links?tab=customer");
  await page.getByTestId("language-switcher").selectOption("ja");

  // The list.
  await expect(page.getByRole("heading", { name: "リンク管理" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "リンク" })).toHaveAttribute("aria-current", "page");
  const tabs = page.getByRole("navigation", { name: "リンクの種類" });
  for (const name of ["インスタントオーダーリンク", "ダイナミックブランドリンク", "カスタマーオーダーリンク"]) await expect(tabs.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  await expect(page.getByText("カスタマーオーダーリンクはまだありません。")).toBeVisible();
  await expect(page.getByRole("link", { name: "削除済みリンクの記録" })).toBeVisible();
  await expect(page.getByLabel("ステータス").locator("option")).toHaveText(["すべてのステータス", "公開中", "停止中"]);

  // The create form, and its messages, in Japanese.
  await page.getByRole("link", { name: "新しいリンクを作成" }).first().click();
  await expect(page.getByRole("heading", { name: "新しいカスタマーオーダーリンクを作成" })).toBeVisible();
  for (const section of ["基本情報とアクセス制御", "支払い方法と送料設定", "メディア", "連絡先"]) await expect(page.getByRole("heading", { name: section })).toBeVisible();
  await expect(page.getByRole("switch", { name: "このリンクを閲覧のみにする" })).toBeVisible();
  await expect(page.getByRole("switch", { name: "注文完了時にオフラインバイヤーをバイヤー管理に移行する" })).toBeVisible();
  await expect(page.getByRole("switch", { name: "パスコードを必須にする" })).toBeVisible();
  await expect(page.getByRole("switch", { name: "公開日を設定する" })).toBeVisible();
  await expect(page.getByRole("switch", { name: "有効期限を設定する" })).toBeVisible();
  const catalogs = page.getByTestId("catalog-options");
  await expect(catalogs.getByText("限定公開")).toBeVisible();
  await expect(catalogs.getByText("非公開")).toBeVisible();
  await expect(page.getByTestId("lookbook-options").getByText("下書き")).toBeVisible();
  await expect(page.getByLabel("Stripeクレジットカード決済")).toBeVisible();
  await page.getByRole("button", { name: "作成", exact: true }).click();
  await expect(page.getByText("リンク名を入力してください。", { exact: true })).toBeVisible();
  await expect(page.getByText("カタログを1つ以上選択してください。", { exact: true })).toBeVisible();

  await page.getByLabel("リンク名").fill("展示会リンク");
  await catalogs.getByLabel("Spring Collection").check();
  await page.getByRole("button", { name: "作成", exact: true }).click();
  await expect(page.getByText("カスタマーオーダーリンクを作成しました。")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/links\?tab=customer$/, { timeout: 30_000 });

  // The row and its Status Update modal.
  const table = page.getByTestId("links-table");
  for (const heading of ["リンク名", "ステータス", "カタログ", "公開日 / 有効期限", "作成日", "操作"]) await expect(table.getByRole("columnheader", { name: heading })).toBeVisible();
  const row = page.getByTestId("link-row").filter({ hasText: "展示会リンク" });
  await expect(row).toContainText("公開中");
  await expect(row).toContainText("公開日なし");
  await expect(row.getByRole("button", { name: "このリンクをコピー" })).toBeVisible();
  await row.getByRole("button", { name: "ステータス更新" }).click();
  const dialog = page.getByRole("dialog", { name: "ステータス更新" });
  await expect(dialog).toContainText("「展示会リンク」のステータスを変更します。");
  const status = dialog.getByLabel("ステータス");
  await expect(status.locator("option")).toHaveText(["公開中", "停止中", "削除済み"]);
  await status.selectOption("停止中");
  await expect(dialog.getByText("リンクへのアクセスを停止します。公開中に戻すことができます。")).toBeVisible();
  await dialog.getByRole("button", { name: "更新" }).click();
  await expect(page.getByText("ステータスを停止中に更新しました。")).toBeVisible();
  await expect(row).toContainText("停止中");
  await expect(row).not.toContainText(/Open|Void|OPEN|VOID/);

  // The link's page: settings and history read in Japanese.
  await row.getByRole("link", { name: "展示会リンク" }).click();
  await expect(page.getByRole("heading", { name: "展示会リンク" })).toBeVisible();
  await expect(page.getByText("このリンクは停止中です。公開中に戻すまで、バイヤーは利用できません。")).toBeVisible();
  await expect(page.getByRole("heading", { name: "QRコード" })).toBeVisible();
  await expect(page.getByText("アプリ外でのお支払い")).toBeVisible();
  const history = page.getByTestId("link-history");
  await expect(history).toContainText("ステータスを公開中から停止中に変更しました");
  await expect(history).toContainText("リンクを作成しました");

  // Deleted: the warning and its confirmation in Japanese.
  await page.getByRole("button", { name: "ステータス更新" }).click();
  await status.selectOption("削除済み");
  await expect(dialog.getByTestId("delete-warning")).toContainText("削除したリンクは復元できません。");
  await expect(dialog.getByRole("button", { name: "更新" })).toBeDisabled();
  await dialog.getByLabel("このリンクが削除され、復元できないことを理解しました。").check();
  await dialog.getByRole("button", { name: "更新" }).click();
  await expect(page.getByText("「展示会リンク」を削除しました。")).toBeVisible();
  await page.getByRole("link", { name: "削除済みリンクの記録" }).click();
  await expect(page.getByTestId("deleted-links")).toContainText("リンクを削除しました（削除前: 停止中）");
  await expect(page.getByTestId("deleted-links")).toContainText("カスタマーオーダーリンク");

  // Lookbooks.
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "ルックブック" }).click();
  await expect(page.getByRole("heading", { name: "ルックブック", exact: true })).toBeVisible();
  await expect(page.getByText("下書き")).toBeVisible();
  await expect(page.getByText("公開", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "新しいルックブック" }).click();
  await expect(page.getByLabel("ルックブック名")).toBeVisible();
  await page.getByRole("button", { name: "ルックブックを作成" }).click();
  await expect(page.getByText("ルックブック名を入力してください。")).toBeVisible();
});
