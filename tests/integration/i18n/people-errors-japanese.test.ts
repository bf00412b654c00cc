// Buyers, Settings, Tags, staff, sign-in and invitations answer in the viewer's language: a staff
// member working in Japanese, a buyer whose setting is Japanese and a visitor who chose Japanese on
// the sign-in page read the actions' specific errors and field messages in Japanese.
import { describe, expect, it } from "vitest";
import { acceptInvitationAction } from "@/lib/buyer-app/actions";
import { disconnectBuyerAction, inviteBuyerAction, setBrandCredentialsAction, updateTradingTermsAction } from "@/lib/buyers/actions";
import { signInAction } from "@/lib/auth/actions";
import { prisma } from "@/lib/db/client";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { acceptStaffInvitationAction } from "@/lib/settings/invitation-actions";
import { changeStaffRoleAction, inviteStaffAction } from "@/lib/settings/actions";
import { saveRateGroupAction } from "@/lib/shipping-rates/actions";
import { createTagAction } from "@/lib/tags/actions";
import { createBrand } from "../../support/fixtures";
import { mailedToken } from "../../support/mailed-links";
import { actAs, setRequestHeaders } from "../../support/next-request";

async function japaneseMember(user: { id: string }) {
  await prisma.user.update({ where: { id: user.id }, data: { language: "JA" } });
  await actAs(user);
  setRequestHeaders({ "x-app-path": "/admin" });
}

async function chooseVisitorLanguage(locale: string) {
  const { cookies } = await import("next/headers");
  (await cookies()).set(LOCALE_COOKIE, locale);
}

describe("Buyers in Japanese", () => {
  it("trading terms field messages", async () => {
    const a = await createBrand();
    await japaneseMember(a.staff);
    const refused = await updateTradingTermsAction({ buyerId: a.buyer.id, discountRate: "120", currency: "XYZ" as "JPY", language: "JA", paymentTerms: "x".repeat(201) });
    expect(refused).toMatchObject({
      ok: false,
      message: "入力内容をご確認ください。",
      fieldErrors: { discountRate: "割引率は100%以下にしてください。", currency: "通貨を選んでください。", paymentTerms: "200文字以内で入力してください。" },
    });
  });

  it("a unique code taken by another buyer, and a status someone else already changed", async () => {
    const a = await createBrand();
    await japaneseMember(a.staff);
    expect((await setBrandCredentialsAction({ buyerId: a.buyer.id, uniqueCode: "SHOP-1", passcode: "123456" })).ok).toBe(true);
    expect(await setBrandCredentialsAction({ buyerId: a.offlineBuyer.id, uniqueCode: "SHOP-1", passcode: "123456" })).toMatchObject({
      ok: false,
      code: "UNIQUE_CODE_TAKEN",
      message: "この固有コードはブランドの別のバイヤーが使っています。",
      fieldErrors: { uniqueCode: "この固有コードはブランドの別のバイヤーが使っています。" },
    });
    expect((await disconnectBuyerAction({ buyerId: a.buyer.id })).ok).toBe(true);
    expect(await disconnectBuyerAction({ buyerId: a.buyer.id })).toMatchObject({
      ok: false,
      message: "このバイヤーの取引ステータスは他の人がすでに変更しました。一覧には現在のステータスが表示されています。",
    });
  });

  it("inviting a buyer who is already Closed names it and points to 取引を再開", async () => {
    const a = await createBrand();
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: a.brand.id, buyerId: a.buyer.id } }, data: { status: "CLOSED" } });
    await japaneseMember(a.staff);
    const refused = await inviteBuyerAction({ email: a.buyerUser.email, discountRate: "0", currency: "JPY", language: "JA", paymentTerms: "" });
    expect(refused).toMatchObject({
      ok: false,
      code: "ALREADY_CONNECTED",
      fieldErrors: { email: `${a.buyer.name}はすでにブランドのバイヤーで、ステータスは「取引停止」です。「取引先バイヤー」タブの「取引を再開」を使ってください。` },
    });
  });
});

describe("Settings, Tags and staff in Japanese", () => {
  it("a tag name already taken, and rate group field messages", async () => {
    const a = await createBrand();
    await japaneseMember(a.admin);
    expect((await createTagAction({ name: "VIP" })).ok).toBe(true);
    expect(await createTagAction({ name: "vip" })).toMatchObject({ ok: false, fieldErrors: { name: "「VIP」という名前のタグはすでにあります。" } });
    expect(await createTagAction({ name: " " })).toMatchObject({ ok: false, fieldErrors: { name: "タグ名を入力してください。" } });
    expect(await saveRateGroupAction({ group: { name: "", currency: "JPY", country: "Japan", rates: [{ name: "Express", minAmount: "100", maxAmount: "10", fee: "-5" }] } })).toMatchObject({
      ok: false,
      fieldErrors: {
        "group.name": "グループ名を入力してください。",
        "group.country": "すべての国にするか、JPのような2文字の国コードを入力してください。",
        "group.rates.0.fee": "送料にマイナスの値は使えません。",
      },
    });
  });

  it("staff: an address already on the team, and only an Owner touches the Owner role", async () => {
    const a = await createBrand();
    await japaneseMember(a.admin);
    expect(await inviteStaffAction({ email: a.staff.email, role: "OPS" })).toMatchObject({
      ok: false,
      fieldErrors: { email: `${a.staff.email}はすでに${a.brand.name}のメンバーです。` },
    });
    const owner = await prisma.brandMember.findFirstOrThrow({ where: { brandId: a.brand.id, role: "OWNER" } });
    expect(await changeStaffRoleAction({ memberId: owner.id, from: "OWNER", role: "ADMIN" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "オーナー権限の付与・変更・削除ができるのはオーナーだけです。",
    });
  });
});

describe("sign-in and invitations in Japanese", () => {
  it("a visitor who chose Japanese reads the sign-in errors in Japanese", async () => {
    await actAs(null);
    await chooseVisitorLanguage("ja");
    setRequestHeaders({ "x-app-path": "/signin", "accept-language": "en" });
    expect(await signInAction({ email: "nobody@test.example", password: "wrong-password" })).toMatchObject({
      ok: false,
      code: "INVALID_CREDENTIALS",
      message: "メールアドレスまたはパスワードが正しくありません。",
    });
    expect(await signInAction({ email: "", password: "" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "メールアドレスを入力してください。", password: "パスワードを入力してください。" },
    });
  });

  it("a staff invitation no longer valid, in the invitee's chosen language", async () => {
    await actAs(null);
    await chooseVisitorLanguage("ja");
    setRequestHeaders({ "x-app-path": "/invite/unknown-token" });
    expect(await acceptStaffInvitationAction({ token: "unknown-token-000", name: "Hana", password: "hana-pass-2026x", confirmPassword: "hana-pass-2027x" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: "パスワードが一致しません。" },
    });
    expect(await acceptStaffInvitationAction({ token: "unknown-token-000", name: "Hana", password: "hana-pass-2026x", confirmPassword: "hana-pass-2026x" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "この招待は無効です。",
    });
  });

  it("a buyer working in Japanese accepting an invitation twice", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    const sent = await inviteBuyerAction({ email: b.buyerUser.email, discountRate: "5", currency: "JPY", language: "JA", paymentTerms: "" });
    expect(sent.ok).toBe(true);
    const token = await mailedToken({ brandId: a.brand.id, template: "buyerInvitation" }, "/invitations");
    await prisma.user.update({ where: { id: b.buyerUser.id }, data: { language: "JA" } });
    await actAs(b.buyerUser);
    setRequestHeaders({ "x-app-path": `/buyer/invitations/${token}` });
    expect(await acceptInvitationAction({ token, buyerId: "", newOrganizationName: "", newOrganizationCountry: "Japan" })).toMatchObject({
      ok: false,
      fieldErrors: { newOrganizationName: "会社名を入力してください。", newOrganizationCountry: "国は2文字のコードで入力してください（例：JP、US）。" },
    });
    expect((await acceptInvitationAction({ token, buyerId: b.buyer.id })).ok).toBe(true);
    expect(await acceptInvitationAction({ token, buyerId: b.buyer.id })).toMatchObject({ ok: false, code: "INVITATION_ALREADY_CHANGED", message: "この招待はすでに承諾済みです。" });
  });
});
