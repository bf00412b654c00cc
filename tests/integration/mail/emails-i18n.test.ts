// Every e-mail in its recipient's language, written by the real transitions and rendered from the
// outbox row the way delivery renders it: subject, HTML and plain text say the right words, in
// Japanese or English, with amounts in the order's currency. Writing mail renders nothing.
import { describe, expect, it } from "vitest";
import { inviteCoworkerAction } from "@/lib/buyer-app/actions";
import { inviteBuyerAction } from "@/lib/buyers/actions";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { prisma } from "@/lib/db/client";
import { loginWithOfflineBuyerAction, loginWithUserAccountAction, placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { cancelOrderAsBuyerAction, confirmOcAction, rejectOrderAction, sendOcForApprovalAction } from "@/lib/orders/actions";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { inviteStaffAction } from "@/lib/settings/actions";
import { cancelOrdersAction, prepareForReleaseAction } from "@/lib/shipping/actions";
import type { RenderedRow } from "@/lib/mail/rendered";
import { createBrand, createUser, FIXTURE_PASSWORD, type BrandFixture } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { renderedMail, renderedMails } from "../../support/outbox";
import { createProductWithSkus, createToShipOrders } from "../../support/shipping-orders";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";
import { createOrder } from "../orders/order-fixture";

type Language = "EN" | "JA";

/** The HTML's text as a reader sees it: tags dropped, entities decoded. */
function visibleText(html: string) {
  return html
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The words a rendered mail must show: in the subject, in the plain text, and in the HTML. */
function expectMail(mail: RenderedRow, expected: { locale: "en" | "ja"; subject: string[]; text: string[]; absent?: string[] }) {
  expect(mail.locale).toBe(expected.locale);
  for (const word of expected.subject) expect(mail.subject).toContain(word);
  const htmlText = visibleText(mail.html!);
  for (const word of expected.text) {
    expect(mail.text).toContain(word);
    expect(htmlText).toContain(word);
  }
  expect(mail.html).toContain(`lang="${expected.locale}"`);
  for (const word of expected.absent ?? []) {
    expect(mail.subject).not.toContain(word);
    expect(mail.text).not.toContain(word);
  }
}

async function orderIn(f: BrandFixture, language: Language, state: Parameters<typeof createOrder>[1]) {
  const order = await createOrder(f, state);
  await prisma.order.update({ where: { id: order.id }, data: { language } });
  return { ...order, number: formatOrderNumber(f.brand.orderPrefix, order.number) };
}

async function addToCart(world: LinkWorld, token: string, quantities: number[]) {
  expect(await saveLinkCartAction(token, { productId: world.product.id, quantities: quantities.map((quantity, i) => ({ skuId: world.skus[i].id, quantity })) })).toMatchObject({ ok: true });
}

describe("checkout e-mails", { timeout: 120_000 }, () => {
  it("order received, in English with US dollars (an Instant Order Link's terms): written unrendered, rendered on demand", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", currency: "USD" });
    await addToCart(world, link.token, [2]);
    const placed = await placeLinkOrderAction(link.token, checkoutInput({ email: "us-shop@test.example", contactName: "Sam Carter" }));
    if (!placed.ok) throw new Error(placed.message);
    const row = await prisma.outboxEmail.findFirstOrThrow({ where: { brandId: world.brand.id, template: "orderReceived" } });
    // Checkout stores what the mail needs; nothing is rendered in its transaction.
    expect(row).toMatchObject({ to: "us-shop@test.example", locale: "en", subject: null, text: null, html: null });
    const order = await prisma.order.findFirstOrThrow({ where: { sourceLinkId: link.id } });
    const mail = await renderedMail({ id: row.id });
    expectMail(mail, {
      locale: "en",
      subject: [`Order received: ${placed.data.orderNumber} (${world.brand.name})`],
      text: ["Dear Sam Carter,", `${world.brand.name} has received your order.`, "Order number: ", placed.data.orderNumber, "× 2", "$140.00", "Subtotal", "Total", "Pay outside the app", "View the order"],
      absent: ["¥", "ご注文"],
    });
    expect(mail.text).toContain(`/l/${link.token}/orders/${order.id}`);
    // Rendered once: stored on the row.
    expect(await prisma.outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ subject: mail.subject, text: mail.text, html: mail.html });
  });

  it("order received, in Japanese with yen (the buyer's trading terms on a Customer Order Link), linking to the Buyer App", async () => {
    const world = await createLinkWorld();
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: world.brand.id, buyerId: world.buyer.id } }, data: { language: "JA", currency: "JPY" } });
    await prisma.brand.update({ where: { id: world.brand.id }, data: { timeZone: "Asia/Tokyo" } });
    const link = await createLink(world);
    await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD });
    await addToCart(world, link.token, [1, 2]);
    const placed = await placeLinkOrderAction(link.token, checkoutInput({ email: "jp-shop@test.example", contactName: "青山 花子" }));
    if (!placed.ok) throw new Error(placed.message);
    const mail = await renderedMail({ brandId: world.brand.id, template: "orderReceived" });
    expectMail(mail, {
      locale: "ja",
      subject: [`【${world.brand.name}】ご注文を受け付けました`, placed.data.orderNumber],
      text: ["青山 花子 様", "ご注文を受け付けました。", "注文番号: ", "注文日時", "JST", "小計", "送料", "合計", "￥9,000", "￥18,000", "￥27,000", "アプリ外でのお支払い", "ご注文内容を見る"],
      absent: ["$", "Order received", "Dear", "PAY_OUTSIDE_APP"],
    });
    const order = await prisma.order.findFirstOrThrow({ where: { sourceLinkId: link.id } });
    expect(mail.text).toContain(`/buyer/orders/${order.id}`);
  });

  it("guest order matching a known buyer: the confirmation request in the link's language (Japanese), expiry in the brand's time zone", async () => {
    const world = await createLinkWorld();
    await prisma.brand.update({ where: { id: world.brand.id }, data: { timeZone: "Asia/Tokyo" } });
    const link = await createLink(world, { type: "INSTANT" });
    await prisma.orderLink.update({ where: { id: link.id }, data: { language: "JA" } });
    await addToCart(world, link.token, [1]);
    const placed = await placeLinkOrderAction(link.token, checkoutInput({ email: world.buyerUser.email }));
    if (!placed.ok) throw new Error(placed.message);
    const mail = await renderedMail({ brandId: world.brand.id, template: "orderMatch" });
    expectMail(mail, {
      locale: "ja",
      subject: [`【${world.brand.name}】ご注文 ${placed.data.orderNumber} のご確認のお願い`],
      text: [`${world.buyer.name} として登録されています`, "リンクは1回のみ有効", "JST", "ご注文を確認する"],
      absent: ["please confirm", "expires"],
    });
    expect(mail.text).toMatch(new RegExp(`/l/${link.token}/match/[A-Za-z0-9_-]{43}`));
  });

  it.each([
    ["EN", "en", ["Your orders with", "are now in the Buyer App"], ["Dear Guest Person,", "now has its own account on Wholesale", "It has no password yet: choose one", "Choose your password"]],
    ["JA", "ja", ["バイヤーアプリでご注文を確認いただけるようになりました"], ["Guest Person 様", "バイヤーアカウントをお持ちになりました", "パスワードはまだ設定されていません", "パスワードを設定する"]],
  ] as const)("offline buyer transition (%s): the person who ordered learns how to reach the Buyer App and sets their own password", async (language, locale, subject, text) => {
    const world = await createLinkWorld();
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: world.brand.id, buyerId: world.offlineBuyer.id } }, data: { language } });
    const link = await createLink(world, { offlineBuyerTransition: true });
    await loginWithOfflineBuyerAction(link.token, { email: world.offlineLoginEmail, password: "offline-pass-1" });
    await addToCart(world, link.token, [1]);
    expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: true });
    const mail = await renderedMail({ brandId: world.brand.id, template: "offlineBuyerTransition" });
    expect(mail.to).toBe(world.offlineLoginEmail);
    expectMail(mail, { locale, subject: [...subject], text: [...text, world.offlineLoginEmail, world.offlineBuyer.name], absent: ["offline-pass-1"] });
    // A single-use set-up link, never the order link's password.
    expect(mail.text).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}/);
    // The order itself is now in the Buyer App: its e-mail links there.
    expect((await renderedMail({ brandId: world.brand.id, template: "orderReceived" })).text).toContain("/buyer/orders/");
  });
});

describe("Order Management e-mails to the buyer, in the order's language", { timeout: 120_000 }, () => {
  it.each([
    ["EN", "en", ["please approve order confirmation"], ["Dear Aiko Buyer,", "has prepared order confirmation", "Review and approve"], ["注文確認書"]],
    ["JA", "ja", ["注文確認書", "のご承認のお願い"], ["Aiko Buyer 様", "内容をご確認のうえ", "注文確認書を確認して承認する"], ["approve", "Dear"]],
  ] as const)("OC approval request (%s)", async (language, locale, subject, text, absent) => {
    const f = await createBrand();
    const order = await orderIn(f, language, { status: "OC_CREATED" });
    await actAs(f.staff);
    expect(await sendOcForApprovalAction({ orderId: order.id, sentAt: null })).toMatchObject({ ok: true });
    const mail = await renderedMail({ brandId: f.brand.id, template: "ocApprovalRequest" });
    const { approvalToken } = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expectMail(mail, { locale, subject: [...subject, order.number, f.brand.name], text: [...text, `http://localhost:3000/oc/${approvalToken}`], absent: [...absent] });
  });

  it.each([
    ["EN", "en", ["is confirmed"], ["Order confirmation", "is confirmed", "View the order"], ["確定"]],
    ["JA", "ja", ["注文確認書", "が確定しました"], ["が確定しました", "ご注文内容を見る"], ["confirmed", "View the order"]],
  ] as const)("OC confirmed with the staff's own body (%s)", async (language, locale, subject, text, absent) => {
    const f = await createBrand();
    const order = await orderIn(f, language, { status: "OC_APPROVED" });
    await actAs(f.staff);
    const body = "Thank you!\nWe ship next week. / 来週出荷します。";
    expect(await confirmOcAction({ orderId: order.id, notifyBuyer: true, emailBody: body, tagIds: [] })).toMatchObject({ ok: true });
    const mail = await renderedMail({ brandId: f.brand.id, template: "ocConfirmed" });
    expectMail(mail, { locale, subject: [...subject, order.number], text: [...text, "Thank you!", "We ship next week. / 来週出荷します。"], absent: [...absent] });
    // The body's line break survives in both parts.
    expect(mail.text).toContain("Thank you!\nWe ship next week.");
    expect(visibleText(mail.html!)).toContain("Thank you!\nWe ship next week.");
    expect(mail.text).toContain(`/buyer/orders/${order.id}`);
  });

  it.each([
    ["EN", "en", ["was rejected"], ["We are sorry", "could not accept order", "Reason: ", "Minimum quantity not met."], ["お受けできません"]],
    ["JA", "ja", ["お受けできませんでした"], ["誠に申し訳ございませんが", "理由: ", "Minimum quantity not met."], ["rejected", "Reason"]],
  ] as const)("order rejected with the reason (%s)", async (language, locale, subject, text, absent) => {
    const f = await createBrand();
    const order = await orderIn(f, language, { status: "PLEASE_CREATE_OC" });
    await actAs(f.staff);
    expect(await rejectOrderAction({ orderId: order.id, reason: "Minimum quantity not met." })).toMatchObject({ ok: true });
    expectMail(await renderedMail({ brandId: f.brand.id, template: "orderRejected" }), { locale, subject: [...subject, order.number], text: [...text], absent: [...absent] });
  });
});

describe("shipping e-mails to the buyer", { timeout: 120_000 }, () => {
  it("Order Processing, written in bulk: each buyer in the language of their own order", async () => {
    const f = await createBrand();
    const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock: [10] });
    const orders = await createToShipOrders(prisma, f.brand, f.buyer.id, [
      { lines: [{ sku: skus[0], quantity: 1 }], contactEmail: "en@buyer.example" },
      { lines: [{ sku: skus[0], quantity: 1 }], contactEmail: "ja@buyer.example" },
    ]);
    await prisma.order.update({ where: { id: orders[1].id }, data: { language: "JA" } });
    await actAs(f.ops);
    expect(await prepareForReleaseAction({ orderIds: orders.map((o) => o.id) })).toMatchObject({ ok: true, data: { released: 2 } });
    // The bulk statement stores template, locale and data only.
    expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id, template: "orderProcessing", subject: null, html: null } })).toBe(2);
    const [en, ja] = await renderedMails({ brandId: f.brand.id, template: "orderProcessing" });
    const [enNumber, jaNumber] = orders.map((o) => formatOrderNumber(f.brand.orderPrefix, o.number));
    expectMail(en, {
      locale: "en",
      subject: [`Order Processing: ${enNumber} (${f.brand.name})`],
      text: ["Dear Test Buyer,", "is now being processed", "can no longer be cancelled from your side"],
      absent: ["出荷"],
    });
    expectMail(ja, {
      locale: "ja",
      subject: [`【${f.brand.name}】出荷準備のお知らせ`, jaNumber],
      text: ["Test Buyer 様", "出荷準備を開始いたしました", "キャンセルすることはできなくなりました"],
      absent: ["Order Processing", "Dear"],
    });
    expect(ja.text).toContain(`/buyer/orders/${orders[1].id}`);
  });

  it.each([
    ["EN", "en", ["Order cancelled: "], ["We are sorry to tell you that", "has cancelled your order", "Reason: Sold out for the season."], ["キャンセル"]],
    ["JA", "ja", ["ご注文キャンセルのお知らせ"], ["誠に申し訳ございませんが", "キャンセルいたしました", "理由: Sold out for the season."], ["cancelled", "Reason"]],
  ] as const)("order cancelled by the brand (%s)", async (language, locale, subject, text, absent) => {
    const f = await createBrand();
    const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock: [10] });
    const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 1 }] }]);
    await prisma.order.update({ where: { id: o.id }, data: { language } });
    await actAs(f.ops);
    expect(await cancelOrdersAction({ orderIds: [o.id], reason: "Sold out for the season." })).toMatchObject({ ok: true });
    expectMail(await renderedMail({ brandId: f.brand.id, template: "orderCancelled" }), {
      locale, subject: [...subject, formatOrderNumber(f.brand.orderPrefix, o.number)], text: [...text], absent: [...absent],
    });
  });
});

describe("cancelled by the buyer: each order-managing staff member reads it in their own language", { timeout: 120_000 }, () => {
  it("a staff member's setting, else the brand's language", async () => {
    const f = await createBrand();
    await prisma.brand.update({ where: { id: f.brand.id }, data: { language: "JA" } });
    await prisma.user.update({ where: { id: f.staff.id }, data: { language: "EN" } });
    const order = await orderIn(f, "EN", { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await actAs(f.buyerUser);
    expect(await cancelOrderAsBuyerAction({ orderId: order.id, reason: "Ordered twice by mistake." })).toMatchObject({ ok: true });
    const mails = await renderedMails({ brandId: f.brand.id, template: "orderCancelledByBuyer" });
    expect(mails.length).toBeGreaterThanOrEqual(2);
    const byRecipient = new Map(mails.map((m) => [m.to, m]));
    expectMail(byRecipient.get(f.staff.email)!, {
      locale: "en",
      subject: [`Order cancelled by the buyer: ${order.number} (${f.buyer.name})`],
      text: ["before it was prepared for release", "It has left New (To Ship) Orders.", "Reason: Ordered twice by mistake.", "Cancelled by: ", "Open the order"],
    });
    expectMail(byRecipient.get(f.owner.email)!, {
      locale: "ja",
      subject: [`バイヤーによる注文キャンセル: ${order.number}（${f.buyer.name}）`],
      text: ["出荷準備前に注文", "新規（出荷待ち）注文から外れました。", "理由: Ordered twice by mistake.", "キャンセル実行者: ", "受注を開く"],
      absent: ["Order cancelled", "Reason"],
    });
    expect(byRecipient.get(f.owner.email)!.text).toContain(`/admin/orders/${order.id}`);
  });
});

describe("invitations", { timeout: 120_000 }, () => {
  it.each([
    ["EN", "en", ["invites you to order wholesale"], ["would like to connect with your shop on Wholesale.", "Trading terms: 7.5% off wholesale, prices in EUR, Net 60.", "Accept the invitation"], ["招待"]],
    ["JA", "ja", ["卸取引のご招待"], ["Wholesale での卸取引のご招待が届いています。", "取引条件: 卸価格から7.5%割引、通貨 EUR、Net 60", "招待を承諾する"], ["invites", "Trading terms"]],
  ] as const)("a buyer invitation in the language of the trading terms offered (%s)", async (language, locale, subject, text, absent) => {
    const f = await createBrand();
    await actAs(f.staff);
    const sent = await inviteBuyerAction({ email: "new-shop@test.example", discountRate: "7.5", currency: "EUR", language, paymentTerms: "Net 60" });
    expect(sent).toMatchObject({ ok: true });
    const mail = await renderedMail({ brandId: f.brand.id, template: "buyerInvitation" });
    const invitation = await prisma.connectionInvitation.findFirstOrThrow({ where: { brandId: f.brand.id } });
    const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? "";
    // The link's token is kept only as its hash.
    expect(hashSecretToken(token)).toBe(invitation.tokenHash);
    expectMail(mail, { locale, subject: [...subject, f.brand.name], text: [...text, `/invitations/${token}`], absent: [...absent] });
  });

  it("staff invitation: a new address reads the brand's language; the role is translated, never the enum name", async () => {
    const f = await createBrand();
    await prisma.brand.update({ where: { id: f.brand.id }, data: { language: "JA" } });
    await actAs(f.owner);
    expect(await inviteStaffAction({ email: "new-admin@test.example", role: "ADMIN" })).toMatchObject({ ok: true, data: { status: "invited" } });
    const mail = await renderedMail({ brandId: f.brand.id, template: "staffInvitation" });
    expectMail(mail, {
      locale: "ja",
      subject: [`【${f.brand.name}】Wholesale へのご招待`],
      text: [`${f.owner.name} さんから`, "管理者として参加するよう招待", "14日以内に招待を承諾してください。", "/invite/"],
      absent: ["ADMIN", "Admin", "Join"],
    });

    await prisma.brand.update({ where: { id: f.brand.id }, data: { language: "EN" } });
    expect(await inviteStaffAction({ email: "new-ops@test.example", role: "OPS" })).toMatchObject({ ok: true });
    expectMail(await renderedMail({ brandId: f.brand.id, to: "new-ops@test.example" }), {
      locale: "en",
      subject: [`Join ${f.brand.name} on Wholesale`],
      text: [`${f.owner.name} invited you to join ${f.brand.name} as Ops.`, "Accept the invitation within 14 days."],
    });
  });

  it("staff added: an existing user reads their own language, whatever the brand's", async () => {
    const f = await createBrand();
    const existing = await createUser("existing");
    await prisma.user.update({ where: { id: existing.id }, data: { language: "JA" } });
    await actAs(f.owner);
    expect(await inviteStaffAction({ email: existing.email, role: "STAFF" })).toMatchObject({ ok: true, data: { status: "added" } });
    expectMail(await renderedMail({ brandId: f.brand.id, template: "staffAdded" }), {
      locale: "ja",
      subject: [`【${f.brand.name}】メンバーに追加されました`],
      text: ["あなたをスタッフとして", "ログインして始める", "/signin"],
      absent: ["STAFF", "added you"],
    });
  });

  it("co-worker invitation: a new address in the inviter's language with a link to create its account (no password); an existing account in its own", async () => {
    const f = await createBrand();
    await prisma.user.update({ where: { id: f.buyerUser.id }, data: { language: "JA" } });
    await actAs(f.buyerUser);
    expect(await inviteCoworkerAction({ email: "new-colleague@test.example", name: "New Colleague" })).toMatchObject({ ok: true, data: { created: true } });
    const ja = await renderedMail({ to: "new-colleague@test.example" });
    expectMail(ja, {
      locale: "ja",
      subject: [`${f.buyerUser.name} さんから Wholesale の ${f.buyer.name} への招待が届いています`],
      text: ["メンバーとしてご注文いただけるよう招待されています", "アカウントを作成する", "14日後に有効期限が切れます"],
      absent: ["パスワード: ", "ワンタイムパスワード"],
    });
    expect(ja.text).toMatch(/\/account\/create\/[A-Za-z0-9_-]{43}/);

    const existing = await createUser("colleague");
    await prisma.user.update({ where: { id: existing.id }, data: { language: "EN" } });
    expect(await inviteCoworkerAction({ email: existing.email, name: "Existing" })).toMatchObject({ ok: true, data: { created: false } });
    expectMail(await renderedMail({ to: existing.email }), {
      locale: "en",
      subject: [`${f.buyerUser.name} invited you to ${f.buyer.name} on Wholesale`],
      text: [`You are invited to order for ${f.buyer.name}.`, `Sign in and choose ${f.buyer.name}.`],
      absent: ["one-time password"],
    });
  });
});
