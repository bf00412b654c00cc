// A guest who types the e-mail of a buyer the brand already has: the order is held as a guest
// order matching that buyer, out of its Buyer App, until the owner of the address confirms through
// the e-mailed link or brand staff confirm the match. All through the real actions.
import { describe, expect, it } from "vitest";
import { listBuyerOrders } from "@/lib/buyer-app/queries";
import { confirmOrderMatchAction, confirmOrderMatchByTokenAction } from "@/lib/checkout/actions";
import { findOrderMatchByToken } from "@/lib/checkout/order-match-queries";
import { hashMatchToken } from "@/lib/checkout/order-match-token";
import { prisma } from "@/lib/db/client";
import { placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { confirmOcAction, createOcAction } from "@/lib/orders/actions";
import { getBuyerOrderDetail, getOrderDetail } from "@/lib/orders/queries";
import { pageParams } from "@/lib/pagination/page-params";
import { listQueueOrders } from "@/lib/shipping/queries";
import { parseQueueFilter } from "@/lib/shipping/schemas";
import { actAs, revalidatedPaths } from "../../support/next-request";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";
import { renderedMail } from "../../support/outbox";
import { msg } from "@/lib/i18n/message-text";

const MATCH_URL = /http:\/\/localhost:3000\/l\/([A-Za-z0-9_-]+)\/match\/([A-Za-z0-9_-]{43})/;

/** A guest orders through a new Instant (or Dynamic Brand) Order Link with this e-mail. */
async function guestOrder(world: LinkWorld, email: string, type: "INSTANT" | "DYNAMIC_BRAND" = "INSTANT") {
  await actAs(null);
  const link = await createLink(world, { type });
  const cart = await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 1 }] });
  expect(cart.ok).toBe(true);
  const placed = await placeLinkOrderAction(link.token, checkoutInput({ email }));
  if (!placed.ok) throw new Error(placed.message);
  const order = await prisma.order.findFirstOrThrow({ where: { sourceLinkId: link.id } });
  return { link, placed: placed.data, order };
}

/** The token in the "please confirm" e-mail sent for this order. */
async function emailedToken(orderNumber: string) {
  const mail = await renderedMail({ template: "orderMatch", data: { path: ["orderNumber"], equals: orderNumber } });
  const found = MATCH_URL.exec(mail.text);
  if (!found) throw new Error(`no confirmation link in: ${mail.text}`);
  return { linkToken: found[1], token: found[2], mail };
}

const buyerAppOrderIds = async (buyerId: string) => (await listBuyerOrders(buyerId, pageParams({}))).rows.map((r) => r.id);

describe("a guest typing a known buyer's e-mail", { timeout: 120_000 }, () => {
  it("Instant and Dynamic Brand Links: the order stays a guest order marked as matching the buyer, not in that buyer's Buyer App", async () => {
    const world = await createLinkWorld();
    // A Closed buyer may still order through these links, and stays Closed.
    await prisma.connection.updateMany({ where: { brandId: world.brand.id, buyerId: world.buyer.id }, data: { status: "CLOSED" } });
    for (const type of ["INSTANT", "DYNAMIC_BRAND"] as const) {
      const { order, placed, link } = await guestOrder(world, world.buyerUser.email.toUpperCase(), type);
      expect(order).toMatchObject({ matchedBuyerId: world.buyer.id, matchConfirmedAt: null, placedVia: "GUEST" });
      expect(order.buyerId).not.toBe(world.buyer.id);
      expect(await prisma.buyer.findUniqueOrThrow({ where: { id: order.buyerId } })).toMatchObject({ name: "Guest Shop", ownership: "OFFLINE", ownerBrandId: world.brand.id });
      // Nothing about the matched buyer reaches the guest.
      expect(Object.keys(placed).sort()).toEqual(["orderNumber", "redirectTo"]);
      expect(JSON.stringify(placed)).not.toContain(world.buyer.name);
      expect(await buyerAppOrderIds(world.buyer.id)).not.toContain(order.id);
      expect(await getBuyerOrderDetail(world.buyerUser.id, order.id)).toBeNull();

      // The e-mail to that address carries a token the database only holds hashed.
      const { linkToken, token, mail } = await emailedToken(placed.orderNumber);
      expect(mail.to).toBe(world.buyerUser.email.toLowerCase());
      expect(linkToken).toBe(link.token);
      expect(order.matchTokenHash).toBe(hashMatchToken(token));
      expect(order.matchTokenHash).not.toContain(token);
      expect(order.matchTokenExpiresAt!.getTime() - order.createdAt.getTime()).toBeGreaterThan(6 * 24 * 3600 * 1000);
      expect(await findOrderMatchByToken(world.brand.id, token)).toMatchObject({ state: "open", order: { id: order.id, buyerName: world.buyer.name } });
      expect(await prisma.auditEvent.findFirstOrThrow({ where: { entityId: order.id, action: "order.place" } })).toMatchObject({ data: { matchedBuyerId: world.buyer.id } });
    }
    expect(await prisma.connection.findFirstOrThrow({ where: { brandId: world.brand.id, buyerId: world.buyer.id } })).toMatchObject({ status: "CLOSED" });
  });

  it("a new e-mail is not held; the same guest's next order is held as matching the buyer made by the first, never a held order's own guest buyer", async () => {
    const world = await createLinkWorld();
    const first = await guestOrder(world, "returning@test.example");
    expect(first.order.matchedBuyerId).toBeNull();
    expect(await prisma.outboxEmail.count({ where: { brandId: world.brand.id } })).toBe(1);
    const second = await guestOrder(world, "returning@test.example");
    const third = await guestOrder(world, "returning@test.example");
    expect(second.order).toMatchObject({ matchedBuyerId: first.order.buyerId });
    expect(third.order).toMatchObject({ matchedBuyerId: first.order.buyerId });
    expect(new Set([first.order.buyerId, second.order.buyerId, third.order.buyerId]).size).toBe(3);
  });
});

describe("confirming the match", { timeout: 120_000 }, () => {
  it("through the e-mailed token: the order joins the buyer and its Buyer App, once; the status history records it", async () => {
    const world = await createLinkWorld();
    const { order, placed } = await guestOrder(world, world.buyerUser.email);
    const guestBuyerId = order.buyerId;
    const { linkToken, token } = await emailedToken(placed.orderNumber);

    await actAs(null);
    const confirmed = await confirmOrderMatchByTokenAction(linkToken, { token });
    expect(confirmed).toMatchObject({ ok: true, data: { orderId: order.id, buyerId: world.buyer.id, buyerName: world.buyer.name, buyerHasApp: true } });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ buyerId: world.buyer.id, matchedBuyerId: world.buyer.id, matchConfirmedAt: expect.any(Date) });
    expect(await buyerAppOrderIds(world.buyer.id)).toContain(order.id);
    expect(await getBuyerOrderDetail(world.buyerUser.id, order.id)).not.toBeNull();
    // The guest buyer made for the order was only a stand-in: removed, with its own audit entry.
    expect(await prisma.buyer.findUnique({ where: { id: guestBuyerId } })).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: guestBuyerId, action: "buyer.remove-guest" } })).toBe(1);
    const history = await prisma.auditEvent.findMany({ where: { entityType: "Order", entityId: order.id, action: "order.match-confirm" } });
    expect(history).toMatchObject([{ actorLabel: msg("orders.history.buyerViaEmail", { name: "Guest Person" }), data: { via: "EMAIL", matchedBuyerId: world.buyer.id, guestBuyerId } }]);
    expect(revalidatedPaths()).toContain(`/admin/orders/${order.id}`);

    // Single use: the same link again is refused and changes nothing; its page shows the order as confirmed.
    expect(await confirmOrderMatchByTokenAction(linkToken, { token })).toMatchObject({ ok: false, code: "MATCH_ALREADY_CONFIRMED", message: "This order was already confirmed." });
    expect(await findOrderMatchByToken(world.brand.id, token)).toMatchObject({ state: "confirmed", buyerHasApp: true, order: { id: order.id, buyerName: world.buyer.name } });
    expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "order.match-confirm" } })).toBe(1);
  });

  it("an expired token is refused and the order stays held", async () => {
    const world = await createLinkWorld();
    const { order, placed } = await guestOrder(world, world.buyerUser.email);
    const { linkToken, token } = await emailedToken(placed.orderNumber);
    await prisma.order.update({ where: { id: order.id }, data: { matchTokenExpiresAt: new Date(Date.now() - 1000) } });
    expect(await findOrderMatchByToken(world.brand.id, token)).toEqual({ state: "expired" });
    expect(await confirmOrderMatchByTokenAction(linkToken, { token })).toMatchObject({ ok: false, code: "MATCH_LINK_EXPIRED", message: "Please ask the brand to confirm the order for you." });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ buyerId: order.buyerId, matchConfirmedAt: null });
    expect(await buyerAppOrderIds(world.buyer.id)).not.toContain(order.id);
  });

  it("a token opened on another brand's link, or a made-up one, is refused and changes nothing", async () => {
    const world = await createLinkWorld();
    const other = await createLinkWorld();
    const otherLink = await createLink(other, { type: "INSTANT" });
    const { order, placed } = await guestOrder(world, world.buyerUser.email);
    const { token } = await emailedToken(placed.orderNumber);
    expect(await findOrderMatchByToken(other.brand.id, token)).toEqual({ state: "invalid" });
    expect(await confirmOrderMatchByTokenAction(otherLink.token, { token })).toMatchObject({ ok: false, code: "MATCH_LINK_INVALID" });
    expect(await confirmOrderMatchByTokenAction(otherLink.token, { token: "x".repeat(43) })).toMatchObject({ ok: false, code: "MATCH_LINK_INVALID" });
    expect(await confirmOrderMatchByTokenAction("no-such-link", { token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await confirmOrderMatchByTokenAction(otherLink.token, { token: "" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { token: expect.any(String) } });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ buyerId: order.buyerId, matchConfirmedAt: null });
  });

  it("brand staff confirm on the order page: attached and in the status history; the e-mailed link then no longer works", async () => {
    const world = await createLinkWorld();
    const { order, placed } = await guestOrder(world, world.buyerUser.email);
    const { linkToken, token } = await emailedToken(placed.orderNumber);
    await actAs(world.staff, { brandId: world.brand.id });
    expect(await confirmOrderMatchAction({ orderId: order.id })).toMatchObject({ ok: true, data: { buyerId: world.buyer.id } });
    expect(await getOrderDetail(world.brand.id, order.id)).toMatchObject({ buyerId: world.buyer.id, matchConfirmedAt: expect.any(Date) });
    expect(await buyerAppOrderIds(world.buyer.id)).toContain(order.id);
    expect(await prisma.auditEvent.findMany({ where: { entityId: order.id, action: "order.match-confirm" } })).toMatchObject([
      { actorUserId: world.staff.id, actorLabel: world.staff.name, data: { via: "STAFF" } },
    ]);
    expect(await confirmOrderMatchAction({ orderId: order.id })).toMatchObject({ ok: false, code: "MATCH_ALREADY_CONFIRMED" });
    await actAs(null);
    expect(await confirmOrderMatchByTokenAction(linkToken, { token })).toMatchObject({ ok: false, code: "MATCH_ALREADY_CONFIRMED" });
    expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "order.match-confirm" } })).toBe(1);
  });

  it("another brand's staff get 404; an order matching nobody and a bad id are refused; nothing changes", async () => {
    const world = await createLinkWorld();
    const other = await createLinkWorld();
    const { order } = await guestOrder(world, world.buyerUser.email);
    const plain = await guestOrder(world, "someone-new@test.example");
    await actAs(other.owner, { brandId: other.brand.id });
    expect(await confirmOrderMatchAction({ orderId: order.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(world.staff, { brandId: world.brand.id });
    expect(await confirmOrderMatchAction({ orderId: plain.order.id })).toMatchObject({ ok: false, code: "NO_BUYER_MATCH" });
    expect(await confirmOrderMatchAction({ orderId: "" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { orderId: expect.any(String) } });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ buyerId: order.buyerId, matchConfirmedAt: null });
    expect(await prisma.auditEvent.count({ where: { brandId: world.brand.id, action: "order.match-confirm" } })).toBe(0);
  });

  it("confirmations at once (staff and the e-mailed link, twice each) have exactly one effect", async () => {
    const world = await createLinkWorld();
    for (let round = 0; round < 5; round++) {
      const { order, placed } = await guestOrder(world, world.buyerUser.email);
      const { linkToken, token } = await emailedToken(placed.orderNumber);
      await actAs(world.staff, { brandId: world.brand.id });
      const results = await Promise.all([
        confirmOrderMatchAction({ orderId: order.id }),
        confirmOrderMatchByTokenAction(linkToken, { token }),
        confirmOrderMatchAction({ orderId: order.id }),
        confirmOrderMatchByTokenAction(linkToken, { token }),
      ]);
      expect(results.filter((r) => r.ok), JSON.stringify(results)).toHaveLength(1);
      for (const r of results) if (!r.ok) expect(r.code).toBe("MATCH_ALREADY_CONFIRMED");
      expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "order.match-confirm" } })).toBe(1);
      expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ buyerId: world.buyer.id });
    }
  });

  it("a held order goes through Order Management and To Ship like any order, before and after the match is confirmed", async () => {
    const world = await createLinkWorld();
    const { order } = await guestOrder(world, world.buyerUser.email);
    await actAs(world.staff, { brandId: world.brand.id });
    const lines = (await prisma.orderLine.findMany({ where: { orderId: order.id } })).map((l) => ({ lineId: l.id, quantity: l.quantity, unitPrice: l.unitPrice }));
    expect(await createOcAction({ orderId: order.id, from: "PLEASE_CREATE_OC", revision: 0, lines })).toMatchObject({ ok: true });
    expect(await confirmOcAction({ orderId: order.id, notifyBuyer: false, tagIds: [] })).toMatchObject({ ok: true });
    const queue = async () => (await listQueueOrders(world.brand, parseQueueFilter({ email: world.buyerUser.email }), pageParams({}))).rows.map((r) => [r.id, r.buyer.name]);
    const guestName = (await prisma.buyer.findUniqueOrThrow({ where: { id: order.buyerId } })).name;
    expect(await queue()).toEqual([[order.id, guestName]]);
    expect(await confirmOrderMatchAction({ orderId: order.id })).toMatchObject({ ok: true });
    expect(await queue()).toEqual([[order.id, world.buyer.name]]);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
  });
});
