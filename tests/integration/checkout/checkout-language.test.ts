// Cart, checkout and the buyer's cancel answer in the reader's language: on a link, a logged-in
// buyer's trading terms (else the visitor's choice); in the Buyer App, the user's own setting.
import { describe, expect, it } from "vitest";
import { addBuyerAddressAction, inviteCoworkerAction } from "@/lib/buyer-app/actions";
import { placeStandardOrderAction, saveStandardOrderCartAction } from "@/lib/buyer-app/standard-order-actions";
import { prisma } from "@/lib/db/client";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { loginWithUserAccountAction, placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { cancelLinkOrderAction, cancelOrderAsBuyerAction } from "@/lib/orders/actions";
import { actAs, setRequestHeaders } from "../../support/next-request";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
import { createOrder } from "../orders/order-fixture";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

async function tradeInJapanese(world: LinkWorld) {
  await prisma.connection.update({ where: { brandId_buyerId: { brandId: world.brand.id, buyerId: world.buyer.id } }, data: { language: "JA" } });
}

async function chooseLanguage(locale: "en" | "ja") {
  const { cookies } = await import("next/headers");
  (await cookies()).set(LOCALE_COOKIE, locale);
}

const addShirts = (world: LinkWorld, token: string) =>
  saveLinkCartAction(token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 2 }] });

describe("checkout in the buyer's language", { timeout: 120_000 }, () => {
  it("a buyer trading in Japanese reads the checkout's field errors, an empty cart and a product it cannot order in Japanese on a Customer Order Link", async () => {
    const world = await createLinkWorld();
    await tradeInJapanese(world);
    const link = await createLink(world, { addressField: "SHOW" });
    await actAs(null);
    setRequestHeaders({ "x-app-path": `/l/${link.token}/checkout`, "accept-language": "en-US" });
    expect(await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: true });

    expect(await placeLinkOrderAction(link.token, checkoutInput())).toEqual({ ok: false, code: "CART_EMPTY", message: "カートは空です。" });
    expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: "not-a-sku-of-this-link", quantity: 1 }] })).toEqual({
      ok: false, code: "NOT_FOUND", message: "この商品はここではご注文いただけません。",
    });
    expect(await addShirts(world, link.token)).toMatchObject({ ok: true });

    const result = await placeLinkOrderAction(link.token, checkoutInput({ contactName: " ", email: "nope", shipLine1: "", shipCity: "", country: "Japan" }));
    expect(result).toEqual({
      ok: false, code: "VALIDATION", message: "入力内容をご確認ください。",
      fieldErrors: {
        contactName: "ご担当者名を入力してください。",
        email: "有効なメールアドレスを入力してください。",
        country: "国を選択してください。",
        shipLine1: "住所を入力してください。",
        shipCity: "市区町村を入力してください。",
      },
    });
    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
  });

  it("a guest who chose 日本語 reads a guest's missing company name in Japanese; English stays as it was", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT" });
    await actAs(null);
    setRequestHeaders({ "x-app-path": `/l/${link.token}/checkout` });
    await chooseLanguage("ja");
    expect(await addShirts(world, link.token)).toMatchObject({ ok: true });
    expect(await placeLinkOrderAction(link.token, checkoutInput({ companyName: "", phone: "" }))).toMatchObject({
      ok: false, code: "VALIDATION", fieldErrors: { companyName: "会社名を入力してください。", phone: "電話番号を入力してください。" },
    });
    await chooseLanguage("en");
    expect(await placeLinkOrderAction(link.token, checkoutInput({ companyName: "", phone: "" }))).toMatchObject({
      ok: false, code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: { companyName: "Enter the company name.", phone: "Enter a phone number." },
    });
  });

  it("a view-only link refuses the cart in the visitor's language", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", viewOnly: true });
    await actAs(null);
    setRequestHeaders({ "x-app-path": `/l/${link.token}` });
    await chooseLanguage("ja");
    expect(await addShirts(world, link.token)).toEqual({ ok: false, code: "VIEW_ONLY", message: "このリンクは閲覧のみです。カートとご注文はご利用いただけません。" });
  });
});

describe("the buyer's cancel refused in Japanese", { timeout: 120_000 }, () => {
  it("on the link's order page, a buyer trading in Japanese is told in Japanese that an order in preparation can no longer be cancelled", async () => {
    const world = await createLinkWorld();
    await tradeInJapanese(world);
    const link = await createLink(world);
    await actAs(null);
    setRequestHeaders({ "x-app-path": `/l/${link.token}` });
    await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD });
    await addShirts(world, link.token);
    const placed = await placeLinkOrderAction(link.token, checkoutInput());
    expect(placed.ok).toBe(true);
    const order = await prisma.order.findFirstOrThrow({ where: { sourceLinkId: link.id } });
    expect(order.language).toBe("JA");

    setRequestHeaders({ "x-app-path": `/l/${link.token}/orders/${order.id}` });
    expect(await cancelLinkOrderAction(link.token, { orderId: order.id, reason: "" })).toMatchObject({
      ok: false, code: "VALIDATION", message: "入力内容をご確認ください。", fieldErrors: { reason: "キャンセルの理由を入力してください。" },
    });
    // The brand confirmed it and started preparing it for release.
    await prisma.order.update({ where: { id: order.id }, data: { status: "OC_CONFIRMED", ocConfirmedAt: new Date(), releaseStatus: "PREPARING_PRODUCT", releasedAt: new Date() } });
    expect(await cancelLinkOrderAction(link.token, { orderId: order.id, reason: "数量を間違えました。" })).toEqual({
      ok: false, code: "ORDER_PROCESSING",
      message: "出荷準備中：ブランドがこのご注文の出荷準備を始めたため、キャンセルできません。ブランドにお問い合わせください。",
    });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "OC_CONFIRMED", cancelledReason: null });
  });

  it("in the Buyer App, a user who chose 日本語 reads every refusal in Japanese", async () => {
    const world = await createLinkWorld();
    await prisma.user.update({ where: { id: world.buyerUser.id }, data: { language: "JA" } });
    const cancelled = await createOrder(world, { status: "CANCELLED" });
    const rejected = await createOrder(world, { status: "ORDER_REJECTED" });
    const shipped = await createOrder(world, { status: "OC_CONFIRMED", releaseStatus: "SHIPPED" });
    await actAs(world.buyerUser);
    setRequestHeaders({ "x-app-path": `/buyer/orders/${shipped.id}`, "accept-language": "en-US" });

    const refusal = (orderId: string) => cancelOrderAsBuyerAction({ orderId, reason: "不要になりました。" });
    expect(await refusal(shipped.id)).toMatchObject({ ok: false, code: "ORDER_PROCESSING", message: expect.stringMatching(/^出荷準備中：/) });
    expect(await refusal(cancelled.id)).toEqual({ ok: false, code: "ORDER_ALREADY_CANCELLED", message: "このご注文はすでにキャンセルされています。" });
    expect(await refusal(rejected.id)).toEqual({ ok: false, code: "ORDER_ALREADY_REJECTED", message: "このご注文はブランドがお受けできなかったため、キャンセルの必要はありません。" });
    expect(await cancelOrderAsBuyerAction({ orderId: shipped.id, reason: "x".repeat(501) })).toMatchObject({
      ok: false, code: "VALIDATION", fieldErrors: { reason: "理由は500文字以内で入力してください。" },
    });

    await prisma.user.update({ where: { id: world.buyerUser.id }, data: { language: "EN" } });
    expect(await refusal(cancelled.id)).toEqual({ ok: false, code: "ORDER_ALREADY_CANCELLED", message: "This order has already been cancelled." });
  });
});

describe("the Buyer App in Japanese", { timeout: 120_000 }, () => {
  it("Standard Order checkout, address and co-worker errors follow the user's language", async () => {
    const world = await createLinkWorld();
    await prisma.user.update({ where: { id: world.buyerUser.id }, data: { language: "JA" } });
    await actAs(world.buyerUser, { buyerId: world.buyer.id });
    setRequestHeaders({ "x-app-path": `/buyer/brands/${world.brand.id}/checkout` });

    expect(await placeStandardOrderAction(world.brand.id, checkoutInput())).toEqual({ ok: false, code: "CART_EMPTY", message: "カートは空です。" });
    expect(await saveStandardOrderCartAction(world.brand.id, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 1 }] })).toMatchObject({ ok: true });
    expect(await placeStandardOrderAction(world.brand.id, checkoutInput({ contactName: "", paymentMethod: "STRIPE_CARD" }))).toMatchObject({
      ok: false, code: "VALIDATION", fieldErrors: { contactName: "ご担当者名を入力してください。", paymentMethod: "支払い方法を選択してください。" },
    });
    expect(await saveStandardOrderCartAction("no-such-brand", { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 1 }] })).toEqual({
      ok: false, code: "NOT_FOUND", message: "このブランドは見つかりません。",
    });

    setRequestHeaders({ "x-app-path": "/buyer/organization" });
    expect(await addBuyerAddressAction({ recipientName: "", line1: "", city: "Tokyo", postalCode: "150-0041", country: "Japan", isDefault: false })).toMatchObject({
      ok: false, code: "VALIDATION",
      fieldErrors: { recipientName: "お届け先のお名前を入力してください。", line1: "番地・町名を入力してください。", country: "2文字の国コードを入力してください（例：JP、US）。" },
    });
    expect(await inviteCoworkerAction({ email: "not-an-address", name: "" })).toMatchObject({
      ok: false, fieldErrors: { email: "有効なメールアドレスを入力してください。", name: "同僚のお名前を入力してください。" },
    });
    await prisma.buyerMember.updateMany({ where: { buyerId: world.buyer.id, userId: world.buyerUser.id }, data: { role: "MEMBER" } });
    expect(await inviteCoworkerAction({ email: "colleague@test.example", name: "Colleague" })).toEqual({ ok: false, code: "FORBIDDEN", message: "この操作は組織のオーナーのみ行えます。" });
  });
});
