// Links and Lookbooks in the staff member's language: errors of the link form, of the Status
// Update modal, of media uploads and of lookbooks come back in Japanese for staff who read
// Japanese; the audit trail and the list read in Japanese too (statuses translated, never the
// enum names).
import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { POST as uploadMedia } from "@/app/admin/links/media/route";
import { LinkHistory } from "@/components/links/link-history";
import { LinksTable } from "@/components/links/links-table";
import { prisma } from "@/lib/db/client";
import { createLinkAction, updateLinkAction, updateLinkStatusAction } from "@/lib/links/actions";
import { getLinkHistory, listLinks } from "@/lib/links/queries";
import { deleteLookbookAction, saveLookbookAction, updateLookbookImageAction } from "@/lib/lookbooks/actions";
import { createBrand } from "../../support/fixtures";
import { actAs, setRequestHeaders } from "../../support/next-request";
import { inApp } from "../../support/render-in-app";
import { createLinkOptions, linkInput } from "./link-fixtures";

/** A brand whose staff member reads the admin in Japanese (their own setting). */
async function japaneseStaff() {
  const f = await createBrand();
  const o = await createLinkOptions(f.brand.id);
  await prisma.user.update({ where: { id: f.staff.id }, data: { language: "JA" } });
  await actAs(f.staff);
  setRequestHeaders({ "x-app-path": "/admin/links", "accept-language": "en" });
  return { f, o };
}

/** As the admin renders it for a Japanese reader of a brand in Tokyo. */
const renderJa = (element: ReactElement) => renderToString(inApp(element, "ja", "Asia/Tokyo"));

describe("the Links menu in Japanese", () => {
  it("says what is wrong with a link form beside each field, in Japanese", async () => {
    const { o } = await japaneseStaff();
    const result = await createLinkAction(
      linkInput("INSTANT", [o.catalogs[0].id, o.catalogs[1].id], {
        name: " ",
        passcodeEnabled: true,
        passcode: "abc",
        expirationEnabled: true,
        expiresAt: new Date(Date.now() - 60_000).toISOString(),
        discountRate: "150",
        contacts: [{ firstName: "", lastName: "田中", email: "not-an-email", phone: "", note: "" }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe("入力内容をご確認ください。");
    expect(result.fieldErrors).toMatchObject({
      name: "リンク名を入力してください。",
      passcode: "4〜32文字で入力してください。",
      expiresAt: "有効期限がすでに過ぎています。現在より後の日時を選択してください。",
      catalogIds: "インスタントオーダーリンクにはカタログを1つだけ選択してください。",
      discountRate: "0〜100の数値を、小数点以下2桁までで入力してください。",
      "contacts.0.firstName": "名を入力してください。",
      "contacts.0.email": "有効なメールアドレスを入力してください。",
    });
  });

  it("says in Japanese what the brand's data refuses: Stripe without the add-on, two rate groups for one Currency x Country", async () => {
    const { o } = await japaneseStaff();
    const result = await createLinkAction(
      linkInput("CUSTOMER", [o.catalogs[0].id], { paymentMethods: ["STRIPE_CARD"], shippingRateGroupIds: [o.rateGroups.jpyJapan.id, o.rateGroups.jpyJapanOther.id] }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "入力内容をご確認ください。",
      fieldErrors: {
        paymentMethods: "Stripeクレジットカード決済を使うには「Stripeクレジットカード決済連携アドオン」が必要です。",
        shippingRateGroupIds: "送料グループは、通貨と国の組み合わせごとに1つまで選択できます。",
      },
    });
  });

  it("tells a second staff member in Japanese that the status already changed or the link was already deleted", async () => {
    const { o } = await japaneseStaff();
    const created = await createLinkAction(linkInput("CUSTOMER", [o.catalogs[0].id]));
    if (!created.ok) throw new Error(created.message);
    const id = created.data.id;
    expect(await updateLinkStatusAction({ id, from: "OPEN", to: "VOID", confirmDelete: false })).toMatchObject({ ok: true });
    expect(await updateLinkStatusAction({ id, from: "OPEN", to: "VOID", confirmDelete: false })).toMatchObject({
      ok: false,
      code: "LINK_STATUS_ALREADY_CHANGED",
      message: "このリンクのステータスは、他のユーザーによってすでに変更されています。再読み込みして現在のステータスを確認してください。",
    });
    expect(await updateLinkStatusAction({ id, from: "VOID", to: "DELETED", confirmDelete: false })).toMatchObject({
      ok: false,
      fieldErrors: { confirmDelete: "リンクが削除され、復元できないことを確認してください。" },
    });
    expect(await updateLinkStatusAction({ id, from: "VOID", to: "DELETED", confirmDelete: true })).toMatchObject({ ok: true });
    expect(await updateLinkStatusAction({ id, from: "VOID", to: "DELETED", confirmDelete: true })).toMatchObject({
      ok: false,
      code: "LINK_ALREADY_DELETED",
      message: "このリンクは、他のユーザーによってすでに削除されています。",
    });
    expect(await updateLinkAction({ id, values: linkInput("CUSTOMER", [o.catalogs[0].id]) })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "このリンクはすでに存在しません。削除された可能性があります。",
    });
  });

  it("refuses a media upload with a message in Japanese", async () => {
    await japaneseStaff();
    const body = new FormData();
    body.set("kind", "image");
    body.set("file", new File([Buffer.from("GIF89a-not-a-png")], "fake.png", { type: "image/png" }));
    const response = await uploadMedia(new Request("http://localhost:3000/admin/links/media", { method: "POST", body, headers: { host: "localhost:3000" } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "このファイルは正しいPNGファイルではありません。JPEG、PNG、WebP形式の画像（3MBまで）を選択してください。",
    });
  });

  it("shows the list and the history with Japanese statuses and sentences, never the enum names", async () => {
    const { f, o } = await japaneseStaff();
    const created = await createLinkAction(linkInput("CUSTOMER", [o.catalogs[0].id, o.catalogs[1].id], { name: "展示会リンク" }));
    if (!created.ok) throw new Error(created.message);
    await updateLinkStatusAction({ id: created.data.id, from: "OPEN", to: "VOID", confirmDelete: false });

    const { rows } = await listLinks(f.brand.id, "CUSTOMER", { q: "", status: undefined, sort: "created_desc" }, { page: 1, pageSize: 10, skip: 0, take: 10 });
    const list = renderJa(createElement(LinksTable, { rows }));
    for (const text of ["リンク名", "ステータス", "停止中", "公開", "限定公開", "このリンクをコピー", "ステータス更新", "編集", "公開日なし", "有効期限なし"]) expect(list).toContain(text);
    expect(list).not.toMatch(/>(Open|Void|Limited|VOID|OPEN)</);

    const history = renderJa(createElement(LinkHistory, { events: await getLinkHistory(f.brand.id, created.data.id) }));
    expect(history).toContain("ステータスを公開中から停止中に変更しました");
    expect(history).toContain("リンクを作成しました");
    expect(history).not.toMatch(/Changed the status|OPEN|VOID/);
  });
});

describe("Lookbooks in Japanese", () => {
  it("says what is wrong with a lookbook and its images in Japanese", async () => {
    const { f } = await japaneseStaff();
    setRequestHeaders({ "x-app-path": "/admin/lookbooks" });
    expect(await saveLookbookAction({ lookbook: { name: "", status: "PUBLIC" } })).toMatchObject({
      ok: false,
      message: "入力内容をご確認ください。",
      fieldErrors: { "lookbook.name": "ルックブック名を入力してください。" },
    });
    const saved = await saveLookbookAction({ lookbook: { name: "春夏ルック", status: "DRAFT" } });
    if (!saved.ok) throw new Error(saved.message);
    const file = await prisma.storedFile.create({ data: { brandId: f.brand.id, key: `${f.brand.id}/look.png`, originalName: "look.png", contentType: "image/png", size: 1 } });
    const image = await prisma.lookbookImage.create({ data: { lookbookId: saved.data.id, fileId: file.id, position: 0 } });
    const other = await createBrand();
    const foreign = await prisma.product.create({ data: { brandId: other.brand.id, productCode: "LB-1", name: "Other" } });
    expect(await updateLookbookImageAction({ imageId: image.id, caption: "", productIds: [foreign.id] })).toMatchObject({
      ok: false,
      fieldErrors: { productIds: "自社ブランドの商品を紐づけてください。" },
    });
    expect(await deleteLookbookAction({ id: saved.data.id })).toMatchObject({ ok: true });
    expect(await deleteLookbookAction({ id: saved.data.id })).toMatchObject({ ok: false, code: "NOT_FOUND", message: "このルックブックはすでに削除されています。" });
  });
});
