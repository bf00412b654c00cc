// The order detail's status history reads as words for every event the app writes: orders are
// walked through every real transition (checkout, OC, approval, confirmation, release, delivery,
// undelivered SKUs, rejection, cancellation, card payment), then the history is read back.
import Stripe from "stripe";
import { afterEach, describe, expect, it } from "vitest";
import { POST as addOrderTags } from "@/app/api/v1/orders/[id]/tags/route";
import { POST as stripeWebhook } from "@/app/api/stripe/webhook/route";
import { placeStandardOrderAction, saveStandardOrderCartAction } from "@/lib/buyer-app/standard-order-actions";
import { confirmOrderMatchAction } from "@/lib/checkout/actions";
import { placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { prisma } from "@/lib/db/client";
import { fromMinor } from "@/lib/money/format";
import {
  approveOcAsBuyerAction, approveOcByTokenAction, cancelOrderAsBuyerAction, confirmOcAction, createDeliveryNoteAction, createOcAction, createTagAction, createUndeliveredSkusAction, forceApproveOcAction,
  makeOcEditableAction, rejectOrderAction, sendOcForApprovalAction,
} from "@/lib/orders/actions";
import { ORDER_EVENT_TYPES } from "@/lib/orders/order-events";
import { orderHistory } from "@/lib/orders/queries";
import { cancelOrdersAction, prepareForReleaseAction } from "@/lib/shipping/actions";
import { callApi, createTestKey } from "../../support/api-client";
import { actAs } from "../../support/next-request";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";
import { createOrder } from "./order-fixture";

const ok = <T,>(result: { ok: true; data: T } | { ok: false; message: string }) => {
  if (!result.ok) throw new Error(`Expected success: ${result.message}`);
  return result.data;
};

async function placeStandardOrder(world: LinkWorld) {
  await actAs(world.buyerUser);
  ok(await saveStandardOrderCartAction(world.brand.id, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 2 }, { skuId: world.skus[1].id, quantity: 1 }] }));
  const placed = ok(await placeStandardOrderAction(world.brand.id, checkoutInput({ email: world.buyerUser.email })));
  return prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id, number: Number(placed.orderNumber.split("-").at(-1)) }, include: { lines: { orderBy: { position: "asc" } } } });
}

async function ocLines(orderId: string) {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: { orderBy: { position: "asc" } } } });
  return { revision: order.ocRevision, lines: order.lines.map((l) => ({ lineId: l.id, quantity: l.quantity, unitPrice: fromMinor(l.unitPrice, order.currency) })) };
}

const secret = "whsec_history_test";
afterEach(() => {
  delete process.env.STRIPE_WEBHOOK_SECRET;
});

describe("status history on the order detail", { timeout: 180_000 }, () => {
  it("every event the app writes for an order reads as words, never as a raw event name or status code", async () => {
    const world = await createLinkWorld();
    const brand = world.brand;

    // A: placed in the Buyer App, through the whole OC cycle, released and partly delivered.
    const a = await placeStandardOrder(world);
    await actAs(world.owner);
    ok(await createOcAction({ orderId: a.id, from: "PLEASE_CREATE_OC", ...(await ocLines(a.id)) }));
    ok(await createOcAction({ orderId: a.id, from: "OC_CREATED", ...(await ocLines(a.id)) }));
    ok(await sendOcForApprovalAction({ orderId: a.id, sentAt: null }));
    await actAs(world.buyerUser);
    ok(await approveOcAsBuyerAction({ orderId: a.id }));
    await actAs(world.owner);
    const tag = ok(await createTagAction({ name: "VIP" }));
    ok(await confirmOcAction({ orderId: a.id, notifyBuyer: true, emailBody: "Thank you.", tagIds: [tag.id] }));
    ok(await makeOcEditableAction({ orderId: a.id }));
    ok(await forceApproveOcAction({ orderId: a.id }));
    ok(await confirmOcAction({ orderId: a.id, notifyBuyer: false, tagIds: [] }));
    await actAs(world.ops);
    expect(ok(await prepareForReleaseAction({ orderIds: [a.id] }))).toMatchObject({ outcomes: [{ ok: true }] });
    await actAs(world.owner);
    ok(await createDeliveryNoteAction({ orderId: a.id, lines: [{ orderLineId: a.lines[0].id, quantity: 1 }, { orderLineId: a.lines[1].id, quantity: 0 }] }));

    // B: undelivered SKUs, then cancelled from the To Ship queue.
    const b = await createOrder(world, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    ok(await createUndeliveredSkusAction({ orderId: b.id, lines: [{ orderLineId: b.lines[0].id, quantity: 1 }, { orderLineId: b.lines[1].id, quantity: 0 }] }));
    await actAs(world.ops);
    ok(await cancelOrdersAction({ orderIds: [b.id], reason: "Sold out" }));

    // C: fails to release for want of stock.
    const c = await createOrder(world, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await prisma.sku.update({ where: { id: c.lines[0].skuId! }, data: { stockQuantity: 0 } });
    expect(ok(await prepareForReleaseAction({ orderIds: [c.id] }))).toMatchObject({ outcomes: [{ ok: false, reason: "STOCK_SHORT" }] });

    // D: rejected.
    const d = await createOrder(world, { status: "OC_APPROVED" });
    await actAs(world.owner);
    ok(await rejectOrderAction({ orderId: d.id, reason: "Discontinued" }));

    // E: paid by card (Stripe's webhook).
    const e = await createOrder(world);
    const session = `cs_test_${e.id}`;
    await prisma.order.update({ where: { id: e.id }, data: { paymentMethod: "STRIPE_CARD", paymentStatus: "AWAITING_PAYMENT", stripeCheckoutSessionId: session } });
    process.env.STRIPE_WEBHOOK_SECRET = secret;
    const payload = JSON.stringify({
      id: `evt_${e.id}`, object: "event", type: "checkout.session.completed",
      data: { object: { id: session, object: "checkout.session", payment_status: "paid", metadata: { orderId: e.id } } },
    });
    const paid = await stripeWebhook(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: payload, headers: { "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }) } }));
    expect(paid.status).toBe(200);

    // F: cancelled by the buyer before release preparation.
    const f = await createOrder(world, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await actAs(world.buyerUser);
    ok(await cancelOrderAsBuyerAction({ orderId: f.id, reason: "Ordered the wrong sizes" }));

    // G: a guest typed the buyer's e-mail on an Instant Order Link; staff confirm the match.
    await actAs(null);
    const instant = await createLink(world, { type: "INSTANT" });
    ok(await saveLinkCartAction(instant.token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 1 }] }));
    ok(await placeLinkOrderAction(instant.token, checkoutInput({ email: world.buyer.email! })));
    const g = await prisma.order.findFirstOrThrow({ where: { sourceLinkId: instant.id } });
    await actAs(world.owner);
    ok(await confirmOrderMatchAction({ orderId: g.id }));

    // H: staff save the OC despite a case pack (order rules).
    const h = await createOrder(world);
    await prisma.product.update({ where: { id: h.lines[0].productId }, data: { orderMultiple: 2 } });
    ok(await createOcAction({ orderId: h.id, from: "PLEASE_CREATE_OC", revision: 0, overrideRules: true, lines: [{ lineId: h.lines[0].id, quantity: 5, unitPrice: 10 }, { lineId: h.lines[1].id, quantity: 2, unitPrice: 10 }] }));

    // I: an integration adds tags through the API; the key's name is who did it.
    const i = await createOrder(world);
    const key = await createTestKey({ brand, owner: world.owner }, ["orders:write"], "ERP sync");
    expect((await callApi(addOrderTags, `/orders/${i.id}/tags`, { key, params: { id: i.id }, body: { tags: ["Rush", "B2B"] } })).status).toBe(200);

    const history = Object.fromEntries(await Promise.all([a, b, c, d, e, f, g, h, i].map(async (o, n) => ["abcdefghi"[n], (await orderHistory(brand.id, o.id, "en")).map((h) => h.text)] as const)));

    // Every event type the app writes was written here (the demo data's "order.status" aside)...
    const written = await prisma.auditEvent.findMany({ where: { brandId: brand.id, entityType: "Order" }, select: { action: true }, distinct: ["action"] });
    expect(written.map((w) => w.action).sort()).toEqual(ORDER_EVENT_TYPES.filter((t) => t !== "order.status").sort());
    // ...and none of them shows its raw name or a status code.
    for (const text of Object.values(history).flat()) {
      for (const type of ORDER_EVENT_TYPES) expect(text).not.toContain(type);
      expect(text).not.toMatch(/\b[A-Z]+(?:_[A-Z]+)+\b/);
    }

    expect(history.a).toEqual([
      "Order placed: Please create an OC",
      "OC created: Please create an OC → OC Created",
      "OC edited",
      `Sent to the buyer for approval: to ${a.contactEmail}`,
      "Approved by the buyer: OC Created → OC Approved",
      "Order confirmation confirmed: OC Approved → OC Confirmed. The buyer was notified by email. Tag: VIP",
      "Made editable: OC Confirmed → OC Created",
      "Approved on the buyer's behalf: OC Created → OC Approved",
      "Order confirmation confirmed: OC Approved → OC Confirmed. No email to the buyer",
      "Prepared for release: Not Yet Released → Preparing product",
      "Delivery note #1 created (1 unit): Preparing product → Partially Shipped",
    ]);
    expect(history.b).toEqual([
      "Undelivered SKUs created (1 unit): OC Confirmed → OC Confirmed (Undelivered SKUs Created)",
      "Order cancelled: OC Confirmed (Undelivered SKUs Created) → Cancelled. Reason: Sold out",
    ]);
    expect(history.c).toHaveLength(1);
    expect(history.c[0]).toMatch(/^Failed to release: Not enough stock for .+ \(needs 3, 0 in stock\)/);
    expect(history.d).toEqual(["Order rejected: OC Approved → Order Rejected. Reason: Discontinued"]);
    expect(history.e).toEqual(["Card payment: Awaiting payment → Paid"]);
    expect(history.g).toEqual(["Order placed: Please create an OC", `Buyer match confirmed by brand staff: now ${world.buyer.name}'s order`]);
    expect(history.f).toEqual(["Cancelled by the buyer: Ordered the wrong sizes. OC Confirmed → Cancelled"]);
    expect(history.h).toEqual(["OC created: Please create an OC → OC Created", `Saved despite order rules: ${h.lines[0].productCode} (${h.lines[0].skuCode}): Sold in cases of 2: 5 → 4 or 6`]);
    expect(history.i).toEqual(["Tags added: Rush, B2B"]);
    const [byKey] = await orderHistory(brand.id, i.id, "ja");
    expect([byKey.text, byKey.actorLabel]).toEqual(["タグを追加：Rush、B2B", "APIキー「ERP sync」"]);
    expect((await orderHistory(brand.id, i.id, "en"))[0].actorLabel).toBe("API key “ERP sync”");

    // The same history for a Japanese colleague: every entry in Japanese, statuses by their Japanese names.
    const japanese = (await orderHistory(brand.id, a.id, "ja")).map((h) => h.text);
    expect(japanese).toEqual([
      "注文受付：注文確認書を作成してください",
      "注文確認書を作成：注文確認書を作成してください → 注文確認書作成済み",
      "注文確認書を編集",
      `バイヤーに承認を依頼：送信先 ${a.contactEmail}`,
      "バイヤーが承認：注文確認書作成済み → 注文確認書承認済み",
      "注文確認書を確定：注文確認書承認済み → 注文確認書確定済み。バイヤーにメールで通知。タグ：VIP",
      "注文確認書を編集可能に変更：注文確認書確定済み → 注文確認書作成済み",
      "バイヤーに代わって承認：注文確認書作成済み → 注文確認書承認済み",
      "注文確認書を確定：注文確認書承認済み → 注文確認書確定済み。バイヤーへのメールなし",
      "出荷準備を開始：出荷準備前 → 出荷準備中",
      "納品書 #1 を作成（1点）：出荷準備中 → 一部出荷済み",
    ]);
    expect((await orderHistory(brand.id, d.id, "ja")).map((h) => h.text)).toEqual(["受注不可に変更：注文確認書承認済み → 受注不可。理由：Discontinued"]);
    const [failed] = (await orderHistory(brand.id, c.id, "ja")).map((h) => h.text);
    expect(failed).toMatch(/^出荷準備失敗：.+在庫が不足しています/);
    expect(failed).not.toMatch(/Not enough stock/);
    expect((await orderHistory(brand.id, e.id, "ja")).map((h) => h.text)).toEqual(["カード決済：支払い待ち → 支払い済み"]);
    expect((await orderHistory(brand.id, g.id, "ja")).map((h) => h.text)).toEqual(["注文受付：注文確認書を作成してください", `ブランドスタッフがバイヤーとの照合を確定：${world.buyer.name} の注文に変更`]);
  });

  it("a buyer's approval from the e-mailed link names them in each reader's language", async () => {
    const world = await createLinkWorld();
    const order = await createOrder(world, { status: "OC_CREATED" });
    await actAs(world.owner);
    ok(await sendOcForApprovalAction({ orderId: order.id, sentAt: null }));
    const { approvalToken } = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    await actAs(null);
    ok(await approveOcByTokenAction({ token: approvalToken! }));
    const [en] = (await orderHistory(world.brand.id, order.id, "en")).filter((h) => h.text.startsWith("Approved"));
    const [ja] = (await orderHistory(world.brand.id, order.id, "ja")).filter((h) => h.text.startsWith("バイヤーが承認"));
    expect(en.actorLabel).toBe(`${order.contactName} (Buyer, via e-mail)`);
    expect(ja.actorLabel).toBe(`${order.contactName}（バイヤー、メール経由）`);
  });

  it("another brand's order has no history here", async () => {
    const mine = await createLinkWorld();
    const theirs = await createLinkWorld();
    const order = await createOrder(theirs, { status: "OC_APPROVED" });
    await actAs(theirs.owner);
    ok(await rejectOrderAction({ orderId: order.id, reason: "Discontinued" }));
    expect(await orderHistory(mine.brand.id, order.id, "en")).toEqual([]);
    expect(await orderHistory(theirs.brand.id, order.id, "en")).toHaveLength(1);
  });
});
