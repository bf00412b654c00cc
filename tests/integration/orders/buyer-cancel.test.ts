// The buyer's own cancel, through the real server actions on the real database: allowed until
// release preparation starts, refused clearly after it, exactly one winner when it races Prepare
// for release, 404 for anyone who cannot see the order, and a field error for a bad reason.
import { cookies } from "next/headers";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";
import { placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { linkCookieName, writeLinkSession } from "@/lib/link-access/session-cookie";
import { decodeLinkSession, newLinkSession } from "@/lib/link-access/session-token";
import { findVisitorLinkOrder } from "@/lib/link-access/link-order";
import { authSecret } from "@/lib/auth/secret";
import { cancelLinkOrderAction, cancelOrderAsBuyerAction, createDeliveryNoteAction, rejectOrderAction } from "@/lib/orders/actions";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { prepareForReleaseAction } from "@/lib/shipping/actions";
import { prepareOrdersForRelease } from "@/lib/shipping/prepare-release";
import { memberActor } from "@/lib/audit/record-audit";
import { actAs, revalidatedPaths } from "../../support/next-request";
import { createBrand, createUser, type BrandFixture } from "../../support/fixtures";
import { checkoutInput, createLink, createLinkWorld } from "../link-access/link-fixtures";
import { createOrder } from "./order-fixture";
import { renderedMails } from "../../support/outbox";
import { msg } from "@/lib/i18n/message-text";

const REASON = "We ordered the wrong sizes.";

async function staffEmails(f: BrandFixture) {
  return [f.owner, f.admin, f.staff, f.ops].map((u) => u.email).sort();
}

/** Everything a cancel could write for an order: its row, audit trail, mail, stock and movements. */
async function footprint(f: BrandFixture, orderId: string) {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: { include: { sku: { select: { stockQuantity: true } } } } } });
  return {
    status: order.status,
    releaseStatus: order.releaseStatus,
    cancelledReason: order.cancelledReason,
    audit: await prisma.auditEvent.count({ where: { entityId: orderId } }),
    mail: await prisma.outboxEmail.count({ where: { brandId: f.brand.id } }),
    stock: order.lines.map((l) => l.sku.stockQuantity),
    movements: await prisma.stockMovement.count({ where: { orderId } }),
  };
}

describe("the buyer cancels before release preparation starts", { timeout: 120_000 }, () => {
  const cancellable: [string, OrderStatus, ReleaseStatus | null, { ocSentAt?: Date; approvalToken?: string }?][] = [
    ["waiting for its OC", "PLEASE_CREATE_OC", null],
    ["OC Created, sent for approval", "OC_CREATED", null, { ocSentAt: new Date(), approvalToken: `token-${Date.now()}-abcdef` }],
    ["OC Approved", "OC_APPROVED", null],
    ["OC Confirmed, Not Yet Released", "OC_CONFIRMED", "NOT_YET_RELEASED"],
    ["OC Confirmed, Failed to Release", "OC_CONFIRMED", "FAILED_TO_RELEASE"],
    ["OC Confirmed (Undelivered SKUs Created), Not Yet Released", "OC_CONFIRMED_UNDELIVERED", "NOT_YET_RELEASED"],
  ];

  it.each(cancellable)("%s: cancelled with the reason, in the status history, e-mailed to the brand, stock untouched", async (_name, status, releaseStatus, extra) => {
    const f = await createBrand();
    const order = await createOrder(f, { status, releaseStatus });
    if (extra) await prisma.order.update({ where: { id: order.id }, data: extra });
    const before = await footprint(f, order.id);

    await actAs(f.buyerUser);
    const result = await cancelOrderAsBuyerAction({ orderId: order.id, reason: `  ${REASON}  ` });

    expect(result).toEqual({ ok: true, data: { id: order.id, status: "CANCELLED" } });
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: "CANCELLED", cancelledReason: REASON, releaseStatus: null, releaseFailureReason: null, approvalToken: null });
    expect(after.cancelledAt).toBeInstanceOf(Date);

    const audit = await prisma.auditEvent.findMany({ where: { entityId: order.id } });
    expect(audit).toMatchObject([
      { brandId: f.brand.id, action: "order.buyer-cancel", fromStatus: status, toStatus: "CANCELLED", actorUserId: f.buyerUser.id, actorLabel: f.buyerUser.name, data: { reason: REASON, via: "buyer-app", releaseStatus } },
    ]);

    const number = formatOrderNumber(f.brand.orderPrefix, order.number);
    const mail = await renderedMails({ brandId: f.brand.id });
    expect(mail.map((m) => m.to)).toEqual(await staffEmails(f));
    for (const m of mail) {
      expect(m.subject).toBe(`Order cancelled by the buyer: ${number} (${f.buyer.name})`);
      expect(m.text).toContain(REASON);
      expect(m.text).toContain(`/admin/orders/${order.id}`);
    }

    const now = await footprint(f, order.id);
    expect(now.stock).toEqual(before.stock);
    expect(now.movements).toBe(0);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining([`/buyer/orders/${order.id}`, `/admin/orders/${order.id}`, "/admin/shipping"]));
  });

  it("the cancelled order can no longer be released: Prepare for release reports it as already cancelled and takes no stock", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await actAs(f.buyerUser);
    expect(await cancelOrderAsBuyerAction({ orderId: order.id, reason: REASON })).toMatchObject({ ok: true });
    const before = await footprint(f, order.id);
    await actAs(f.ops);
    expect(await prepareForReleaseAction({ orderIds: [order.id] })).toMatchObject({ ok: true, data: { released: 0, outcomes: [{ ok: false, reason: "ALREADY_CANCELLED" }] } });
    expect(await footprint(f, order.id)).toEqual(before);
  });
});

describe("after release preparation the buyer can no longer cancel", { timeout: 120_000 }, () => {
  it("an order Prepare for release took is refused with the Order Processing message, and nothing is written", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await actAs(f.ops);
    expect(await prepareForReleaseAction({ orderIds: [order.id] })).toMatchObject({ ok: true, data: { released: 1 } });
    const before = await footprint(f, order.id);

    await actAs(f.buyerUser);
    const result = await cancelOrderAsBuyerAction({ orderId: order.id, reason: REASON });

    expect(result).toMatchObject({ ok: false, code: "ORDER_PROCESSING", message: expect.stringMatching(/^Order Processing: .*can no longer be cancelled/) });
    expect(await footprint(f, order.id)).toEqual(before);
    expect(before).toMatchObject({ status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT", cancelledReason: null });
  });

  it("shipped, rejected and already cancelled orders are refused with their own message", async () => {
    const f = await createBrand();
    await actAs(f.ops);
    const partial = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await prepareForReleaseAction({ orderIds: [partial.id] });
    expect(await createDeliveryNoteAction({ orderId: partial.id, lines: [{ orderLineId: partial.lines[0].id, quantity: 1 }] })).toMatchObject({ ok: true });
    const shipped = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "SHIPPED" });
    const rejected = await createOrder(f, { status: "OC_CREATED" });
    expect(await rejectOrderAction({ orderId: rejected.id, reason: "Minimum not met." })).toMatchObject({ ok: true });
    const cancelled = await createOrder(f);

    await actAs(f.buyerUser);
    expect(await cancelOrderAsBuyerAction({ orderId: cancelled.id, reason: REASON })).toMatchObject({ ok: true });
    const before = await Promise.all([partial, shipped, rejected, cancelled].map((o) => footprint(f, o.id)));
    const cases: [string, string, RegExp][] = [
      [partial.id, "ORDER_PROCESSING", /Order Processing/],
      [shipped.id, "ORDER_PROCESSING", /Order Processing/],
      [rejected.id, "ORDER_ALREADY_REJECTED", /rejected this order/],
      [cancelled.id, "ORDER_ALREADY_CANCELLED", /already been cancelled/],
    ];
    for (const [orderId, code, message] of cases) {
      expect(await cancelOrderAsBuyerAction({ orderId, reason: REASON })).toMatchObject({ ok: false, code, message: expect.stringMatching(message) });
    }
    expect(await Promise.all([partial, shipped, rejected, cancelled].map((o) => footprint(f, o.id)))).toEqual(before);
  });
});

describe("the buyer's cancel races Prepare for release", { timeout: 300_000 }, () => {
  const ROUNDS = 20;

  /** One effect only: either the cancel (no stock taken) or the release (stock taken, buyer told). */
  async function expectOneEffect(f: BrandFixture, orderId: string, stockBefore: number[], quantities: number[], cancel: { ok: boolean; code?: string }, prepared: { ok: boolean; reason?: string }) {
    expect(cancel.ok !== prepared.ok, JSON.stringify({ cancel, prepared })).toBe(true);
    const now = await footprint(f, orderId);
    const cancels = await prisma.auditEvent.count({ where: { entityId: orderId, action: "order.buyer-cancel" } });
    const releases = await prisma.auditEvent.count({ where: { entityId: orderId, action: "release.prepare" } });
    const processingMail = await prisma.outboxEmail.count({ where: { brandId: f.brand.id, template: "orderProcessing" } });
    const cancelMail = await prisma.outboxEmail.count({ where: { brandId: f.brand.id, template: "orderCancelledByBuyer" } });
    if (cancel.ok) {
      expect(prepared).toMatchObject({ ok: false, reason: "ALREADY_CANCELLED" });
      expect(now).toMatchObject({ status: "CANCELLED", releaseStatus: null, stock: stockBefore, movements: 0 });
      expect([cancels, releases, processingMail, cancelMail]).toEqual([1, 0, 0, 4]);
    } else {
      expect(cancel).toMatchObject({ ok: false, code: "ORDER_PROCESSING" });
      expect(now).toMatchObject({ status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT", stock: stockBefore.map((s, i) => s - quantities[i]), movements: quantities.length });
      expect([cancels, releases, processingMail, cancelMail]).toEqual([0, 1, 1, 0]);
    }
    return cancel.ok ? "cancel" : "release";
  }

  it(`Buyer App: ${ROUNDS} rounds of cancel and Prepare for release at once give exactly one effect each`, async () => {
    const winners: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const f = await createBrand();
      const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED", quantities: [3, 2] });
      const stockBefore = (await footprint(f, order.id)).stock;
      // This harness holds one signed-in session per process: the buyer's. The release runs the
      // same domain call prepareForReleaseAction makes, as the brand's ops member.
      await actAs(f.buyerUser);
      const [cancel, outcomes] = await Promise.all([
        cancelOrderAsBuyerAction({ orderId: order.id, reason: REASON }),
        prepareOrdersForRelease({ brand: f.brand, actor: memberActor(f.ops), orderIds: [order.id] }),
      ]);
      winners.push(await expectOneEffect(f, order.id, stockBefore, [3, 2], cancel, outcomes[0]));
    }
    expect(winners).toHaveLength(ROUNDS);
  });

  it(`link order page: ${ROUNDS} rounds of the visitor's cancel and the ops' Prepare for release action at once give exactly one effect each`, async () => {
    const winners: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const f = await createLinkWorld();
      const link = await createLink(f, { type: "INSTANT" });
      const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED", quantities: [1, 4] });
      await prisma.order.update({ where: { id: order.id }, data: { source: "ORDER_LINK", sourceLinkId: link.id, placedVia: "GUEST" } });
      const stockBefore = (await footprint(f, order.id)).stock;
      // Two real sessions side by side: the ops member's sign-in and the visitor's link session.
      await actAs(f.ops, { brandId: f.brand.id });
      await writeLinkSession(link.token, { ...newLinkSession(link.id), orderIds: [order.id] });
      const [cancel, prepared] = await Promise.all([
        cancelLinkOrderAction(link.token, { orderId: order.id, reason: REASON }),
        prepareForReleaseAction({ orderIds: [order.id] }),
      ]);
      expect(prepared.ok).toBe(true);
      winners.push(await expectOneEffect(f, order.id, stockBefore, [1, 4], cancel, prepared.ok ? prepared.data.outcomes[0] : { ok: false }));
    }
    expect(winners).toHaveLength(ROUNDS);
  });
});

describe("who may cancel", { timeout: 120_000 }, () => {
  it("another buyer's order answers 404, like an id that exists nowhere, and nothing is written", async () => {
    const f = await createBrand();
    const other = await createBrand();
    const order = await createOrder(f, { status: "OC_APPROVED" });
    const before = await footprint(f, order.id);
    // A buyer of another brand, and a second organization trading with the same brand.
    const neighbourUser = await createUser("neighbour");
    const neighbour = await prisma.buyer.create({ data: { name: "Neighbour Shop", country: "JP", ownership: "CUSTOMER_OWNED", members: { create: { userId: neighbourUser.id } } } });
    await prisma.connection.create({ data: { brandId: f.brand.id, buyerId: neighbour.id, currency: "JPY" } });

    for (const user of [other.buyerUser, neighbourUser]) {
      await actAs(user);
      const foreign = await cancelOrderAsBuyerAction({ orderId: order.id, reason: REASON });
      expect(foreign).toEqual({ ok: false, code: "NOT_FOUND", message: "Order not found." });
      expect(await cancelOrderAsBuyerAction({ orderId: "c0000000000000000nowhere", reason: REASON })).toEqual(foreign);
    }
    // Brand staff are not the buyer either.
    await actAs(f.owner);
    expect(await cancelOrderAsBuyerAction({ orderId: order.id, reason: REASON })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(null);
    expect(await cancelOrderAsBuyerAction({ orderId: order.id, reason: REASON })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await footprint(f, order.id)).toEqual(before);
  });

  it("on a link's order page, only the visitor whose session placed the order may cancel it", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", addressField: "SHOW" });
    const otherLink = await createLink(world, { type: "INSTANT" });
    // A guest orders through the link for real: the order records the visitor of the session that
    // placed it, and checkout leaves the session cookie as it was (a cookie written by a server
    // action makes Next.js render the page again into the action's answer).
    await actAs(null);
    expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 2 }] })).toMatchObject({ ok: true });
    const visitorCookie = (await cookies()).get(linkCookieName(link.id))!.value;
    const placed = await placeLinkOrderAction(link.token, checkoutInput({ email: "guest-cancel@test.example", contactName: "Kana Guest" }));
    expect(placed.ok).toBe(true);
    expect((await cookies()).get(linkCookieName(link.id))!.value).toBe(visitorCookie);
    const order = await prisma.order.findFirstOrThrow({ where: { sourceLinkId: link.id } });
    expect(order.linkVisitorId).toBe(decodeLinkSession(visitorCookie, link.id, authSecret())!.visitorId);
    const before = await footprint(world, order.id);

    // Someone else with the link's URL, and the same order id through another link: 404.
    await actAs(null);
    expect(await cancelLinkOrderAction(link.token, { orderId: order.id, reason: REASON })).toEqual({ ok: false, code: "NOT_FOUND", message: "Order not found." });
    await writeLinkSession(link.token, newLinkSession(link.id));
    expect(await cancelLinkOrderAction(link.token, { orderId: order.id, reason: REASON })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await writeLinkSession(otherLink.token, { ...newLinkSession(otherLink.id), orderIds: [order.id] });
    expect(await cancelLinkOrderAction(otherLink.token, { orderId: order.id, reason: REASON })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await cancelLinkOrderAction("no-such-link-token", { orderId: order.id, reason: REASON })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await footprint(world, order.id)).toEqual(before);
    // A session signed before orders recorded their visitor lists its orders itself.
    await writeLinkSession(link.token, { ...newLinkSession(link.id), orderIds: [order.id] });
    expect(await findVisitorLinkOrder(link.token, order.id)).not.toBeNull();

    // The visitor who placed it cancels it.
    await actAs(null);
    (await cookies()).set(linkCookieName(link.id), visitorCookie);
    expect(await cancelLinkOrderAction(link.token, { orderId: order.id, reason: REASON })).toEqual({ ok: true, data: { id: order.id, status: "CANCELLED" } });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CANCELLED", cancelledReason: REASON });
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { entityId: order.id, action: "order.buyer-cancel" } })).toMatchObject({
      fromStatus: "PLEASE_CREATE_OC", toStatus: "CANCELLED", actorUserId: null, actorLabel: msg("orders.history.buyerViaOrderLink", { name: "Kana Guest" }), data: { reason: REASON, via: "order-link" },
    });
    expect((await prisma.outboxEmail.findMany({ where: { brandId: world.brand.id, template: "orderCancelledByBuyer" } })).map((m) => m.to).sort()).toEqual(await staffEmails(world));
    expect(revalidatedPaths()).toContain(`/l/${link.token}/orders/${order.id}`);
    expect(await cancelLinkOrderAction(link.token, { orderId: order.id, reason: REASON })).toMatchObject({ ok: false, code: "ORDER_ALREADY_CANCELLED" });
  });
});

describe("the reason", { timeout: 120_000 }, () => {
  it("is required and at most 500 characters: a field error, and nothing written", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    const before = await footprint(f, order.id);
    await actAs(f.buyerUser);
    const bad: [unknown, string][] = [
      ["", "Enter the reason for cancelling."],
      ["   \n ", "Enter the reason for cancelling."],
      ["x".repeat(501), "Keep the reason under 500 characters."],
      [undefined, expect.any(String) as unknown as string],
    ];
    for (const [reason, message] of bad) {
      const result = await cancelOrderAsBuyerAction({ orderId: order.id, reason } as { orderId: string; reason: string });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: message } });
    }
    expect(await footprint(f, order.id)).toEqual(before);
    // Exactly 500 characters is fine.
    expect(await cancelOrderAsBuyerAction({ orderId: order.id, reason: "y".repeat(500) })).toMatchObject({ ok: true });
  });
});
