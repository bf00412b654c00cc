// Order Management in Japanese: a staff member who switched the admin to Japanese reads the list,
// an order's detail, the Confirm modal and the status history in Japanese, statuses by their
// Japanese names and never as English enum names; the modal proposes the e-mail in the buyer's
// language.
import { expect, test, type Locator } from "@playwright/test";
import { signIn } from "./support/accounts";
import { createOrdersFixture, ORDERS_PASSWORD } from "./support/orders-fixture";

const ENUM_NAME = /\b[A-Z]+(?:_[A-Z]+)+\b/;
const ENGLISH_STATUSES = /Please create an OC|OC Created|OC Approved|OC Confirmed|Not Yet Released|Preparing product/;

async function expectNoEnglishStatus(area: Locator) {
  const text = (await area.innerText()).replace(/\s+/g, " ");
  expect(text).not.toMatch(ENUM_NAME);
  expect(text).not.toMatch(ENGLISH_STATUSES);
}

test("a staff member working in Japanese manages orders in Japanese: list, detail, Confirm modal and status history", async ({ page }) => {
  test.setTimeout(150_000);
  const f = await createOrdersFixture({ tags: ["VIP"] });
  await signIn(page, f.owner.email, ORDERS_PASSWORD);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await page.getByTestId("language-switcher").selectOption("ja");
  const menu = page.getByRole("navigation", { name: "メインメニュー" });
  await expect(menu).toBeVisible();

  // The dashboard.
  await expect(page.getByText("注文確認書の作成待ちの受注")).toBeVisible();
  await expect(page.getByTestId("count-awaitingOc")).toHaveText("1");

  // 取引 > 受注管理: the list, its search and its statuses.
  await menu.getByRole("link", { name: "受注管理" }).click();
  await expect(page.getByRole("heading", { name: "受注管理" })).toBeVisible();
  await expect(page).toHaveTitle(/^受注管理/);
  const rows = page.getByTestId("order-row");
  await expect(rows).toHaveCount(3);
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "注文番号" })).toBeVisible();
  await expect(table).toContainText("注文確認書を作成してください");
  await expect(table).toContainText("注文確認書承認済み");
  await expect(table).toContainText("注文確認書確定済み");
  await expect(table).toContainText("出荷準備中");
  await expect(table).toContainText("通常注文");
  await expectNoEnglishStatus(page.getByRole("main"));

  await page.getByLabel("ステータス").selectOption({ label: "注文確認書承認済み" });
  await page.getByRole("button", { name: "検索" }).click();
  await expect(page).toHaveURL(/status=OC_APPROVED/);
  await expect(rows).toHaveCount(1);
  await page.getByRole("link", { name: `${f.number(3)} の詳細` }).click();

  // The order detail.
  await expect(page.getByRole("heading", { name: `受注 ${f.number(3)}` })).toBeVisible();
  await expect(page.getByTestId("order-status")).toHaveText("注文確認書承認済み");
  await expect(page.getByRole("heading", { name: "配送先住所" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "ステータス履歴" })).toBeVisible();
  await expect(page.getByTestId("order-payment")).toContainText("アプリ外でのお支払い");
  await expect(page.getByRole("columnheader", { name: "単価" })).toBeVisible();
  await expectNoEnglishStatus(page.getByRole("main"));

  // The Confirm modal: Japanese labels, and the e-mail body in the buyer's language (Japanese here).
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "注文確認書を確定" }).click();
  const modal = page.getByRole("dialog", { name: "注文確認書を確定" });
  await expect(modal).toContainText(`受注 ${f.number(3)} は「注文確認書確定済み」になり、内容が確定します。`);
  await expect(modal.getByRole("switch", { name: "バイヤーにメールで通知" })).toBeChecked();
  await expect(modal.getByLabel("メール本文")).toHaveValue(new RegExp(`^青山 花子 様\\n\\nこのたびはご注文いただき、誠にありがとうございます。\\n${f.brand.name} にて注文確認書 ${f.number(3)} の内容を確定いたしました。`));
  await expect(modal.getByRole("heading", { name: "タグを選択" })).toBeVisible();
  await expect(modal.getByRole("button", { name: "タグを作成" })).toBeDisabled();
  await modal.getByLabel("新しいタグ名").fill("vip");
  await expect(modal.getByTestId("existing-tag-offer")).toContainText("「VIP」というタグはすでにあります。");
  await modal.getByRole("button", { name: "VIP を選択" }).click();
  await expect(modal.getByRole("checkbox", { name: "VIP" })).toBeChecked();
  // An emptied body is explained in Japanese.
  await modal.getByLabel("メール本文").fill("");
  await modal.getByRole("button", { name: "確定する" }).click();
  await expect(modal.getByText("メール本文を入力するか、通知を無効にしてください。")).toBeVisible();
  await modal.getByLabel("メール本文").fill("ご注文ありがとうございます。来週出荷いたします。");
  await modal.getByRole("button", { name: "確定する" }).click();
  await expect(modal).toBeHidden();
  await expect(page.getByText("注文確認書を確定しました。")).toBeVisible();

  // Confirmed: the statuses, the blockers and the status history in Japanese.
  await expect(page.getByTestId("order-status")).toContainText("注文確認書確定済み");
  await expect(page.getByTestId("order-status")).toContainText("出荷準備前");
  await expect(page.getByTestId("create-delivery-notes-blocker")).toHaveText("先に出荷準備を行ってください。");
  await expect(page.getByTestId("order-history")).toContainText("注文確認書を確定：注文確認書承認済み → 注文確認書確定済み。バイヤーにメールで通知。タグ：VIP");
  await expectNoEnglishStatus(page.getByRole("main"));

  // The released order: delivery notes and units in Japanese.
  await page.goto(`/admin/orders/${f.released.id}`);
  await expect(page.getByTestId("order-status")).toContainText("出荷準備中");
  await expect(page.getByRole("columnheader", { name: "納品済み" })).toBeVisible();
  await expect(page.getByTestId("make-editable-blocker")).toHaveText("この受注はすでに出荷準備に進んでいます。");
  await expectNoEnglishStatus(page.getByRole("main"));
});
