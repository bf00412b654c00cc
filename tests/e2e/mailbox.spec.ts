// The Mailbox shows each mail as its recipient reads it, rendered on first view: a buyer trading in
// Japanese gets Japanese mail whatever language the staff member reads the admin in, and the page
// itself follows the staff member's language.
import { expect, test } from "@playwright/test";
import { createE2eBrand, e2ePrisma, signInAs } from "./support/catalogs-fixture";

test("the Mailbox in Japanese: Japanese and English mail rendered in their recipients' languages", async ({ page }) => {
  const { owner, brand, suffix } = await createE2eBrand();
  const db = e2ePrisma();
  const number = `${brand.orderPrefix}-000001`;
  const about = { brandName: brand.name, timeZone: "Asia/Tokyo", orderNumber: number, contactName: "青山 花子", orderUrl: null };
  // Written as the transitions write them: template, locale and data, nothing rendered yet.
  await db.outboxEmail.create({ data: { brandId: brand.id, to: `ja-${suffix}@e2e.example`, template: "orderProcessing", locale: "ja", data: about } });
  await db.outboxEmail.create({
    data: { brandId: brand.id, to: `en-${suffix}@e2e.example`, template: "orderRejected", locale: "en", data: { ...about, contactName: "Sam Carter", reason: "Minimum quantity not met." } },
  });

  await signInAs(page, owner.email);
  await page.getByTestId("language-switcher").selectOption("ja");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await page.goto("/admin/mailbox");
  await expect(page.getByRole("heading", { name: "メールボックス" })).toBeVisible();
  await expect(page.getByText("SMTPサーバー（SMTP_URL）が設定されていないため")).toBeVisible();

  const mails = page.getByTestId("mailbox-mail");
  await expect(mails).toHaveCount(2);
  const ja = mails.filter({ hasText: `ja-${suffix}@e2e.example` });
  await expect(ja).toContainText(`【${brand.name}】出荷準備のお知らせ（注文番号 ${number}）`);
  await expect(ja).toContainText("青山 花子 様");
  await expect(ja).toContainText("出荷準備を開始いたしました");
  await expect(ja).toContainText(`宛先: ja-${suffix}@e2e.example`);
  await expect(ja).toContainText("日本語");
  await expect(ja).toContainText("保管中（未送信）");
  await expect(ja).not.toContainText("Order Processing");

  // The buyer reads English: the mail stays English in the Japanese admin.
  const en = mails.filter({ hasText: `en-${suffix}@e2e.example` });
  await expect(en).toContainText(`${brand.name}: order ${number} was rejected`);
  await expect(en).toContainText("Dear Sam Carter,");
  await expect(en).toContainText("Reason: Minimum quantity not met.");
  await expect(en).toContainText("英語");

  // The HTML part, as sent.
  await ja.getByText("HTML で表示").click();
  await expect(ja.frameLocator("iframe").getByText(`${brand.name} へのご注文 ${number} の出荷準備を開始いたしました。`, { exact: true })).toBeVisible();

  // Rendered once and kept: delivery sends exactly this.
  const stored = await db.outboxEmail.findFirstOrThrow({ where: { brandId: brand.id, locale: "ja" } });
  expect(stored.subject).toBe(`【${brand.name}】出荷準備のお知らせ（注文番号 ${number}）`);
  expect(stored.html).toContain('lang="ja"');
});
