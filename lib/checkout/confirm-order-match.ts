import "server-only";
// A guest order held as matching an existing buyer (place-order.ts) joins that buyer: when the
// owner of the address opens the e-mailed link (expiring, honoured only on the order's brand's
// link pages, confirming only while the order is held, so once) or when brand staff confirm the match on the order page. One guarded update
// moves it, so two confirmations at once have one effect. The matched buyer's connection is left
// as it is (a Closed buyer stays Closed), the guest buyer made for the order is removed when
// nothing else uses it, and the confirmation goes to the order's status history.
import { memberActor, recordAudit, type Actor } from "@/lib/audit/record-audit";
import { prisma, type Tx } from "@/lib/db/client";
import type { Language } from "@/lib/db/generated/enums";
import { AlreadyChangedError, AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import type { Staff } from "@/lib/orders/staff";
import { hashMatchToken, MATCH_TOKEN_PATTERN } from "./order-match-token";

export type ConfirmedMatch = { orderId: string; buyerId: string; buyerName: string; buyerHasApp: boolean };

type HeldOrder = { id: string; brandId: string; buyerId: string; matchedBuyerId: string | null; matchConfirmedAt: Date | null; contactName: string; currency: string; language: Language };

const HELD_ORDER_SELECT = { id: true, brandId: true, buyerId: true, matchedBuyerId: true, matchConfirmedAt: true, contactName: true, currency: true, language: true } as const;

export const MATCH_ALREADY_CONFIRMED = "MATCH_ALREADY_CONFIRMED";

/** Brand staff confirm on the order page that the guest order belongs to the buyer it matches. */
export async function confirmOrderMatchByStaff(staff: Staff, orderId: string): Promise<ConfirmedMatch> {
  return prisma.$transaction(async (tx) => {
    const order = await tx.order.findFirst({ where: { id: orderId, brandId: staff.brand.id }, select: HELD_ORDER_SELECT });
    if (!order) throw new NotFoundError(msg("checkout.errors.orderNotFound"));
    if (order.matchConfirmedAt) throw new AlreadyChangedError(MATCH_ALREADY_CONFIRMED, msg("checkout.errors.matchAlreadyConfirmed"));
    if (!order.matchedBuyerId) throw new AppError("NO_BUYER_MATCH", msg("checkout.errors.noBuyerMatch"));
    return attach(tx, order, { actor: memberActor(staff.user), via: "STAFF", guard: {} });
  });
}

/**
 * The owner of the address confirms through the e-mailed link. `brandId` is the brand of the link
 * page the token was opened on: a token is worth nothing on another brand's pages.
 */
export async function confirmOrderMatchByToken(brandId: string, token: string, now = new Date()): Promise<ConfirmedMatch> {
  const invalid = () => new AppError("MATCH_LINK_INVALID", msg("checkout.match.invalidText"));
  if (!MATCH_TOKEN_PATTERN.test(token)) throw invalid();
  const hash = hashMatchToken(token);
  return prisma.$transaction(async (tx) => {
    const order = await tx.order.findFirst({ where: { brandId, matchTokenHash: hash }, select: { ...HELD_ORDER_SELECT, matchTokenExpiresAt: true } });
    if (!order || !order.matchedBuyerId) throw invalid();
    const already = () => new AlreadyChangedError(MATCH_ALREADY_CONFIRMED, msg("checkout.errors.orderAlreadyConfirmed"));
    if (order.matchConfirmedAt) throw already();
    if (!order.matchTokenExpiresAt || order.matchTokenExpiresAt <= now) throw new AppError("MATCH_LINK_EXPIRED", msg("checkout.match.expiredText"));
    const actor = { label: msg("orders.history.buyerViaEmail", { name: order.contactName }) };
    return attach(tx, order, { actor, via: "EMAIL", guard: { matchTokenHash: hash, matchTokenExpiresAt: { gt: now } }, onMiss: already });
  });
}

async function attach(
  tx: Tx,
  order: HeldOrder,
  how: { actor: Actor; via: "STAFF" | "EMAIL"; guard: { matchTokenHash?: string; matchTokenExpiresAt?: { gt: Date } }; onMiss?: () => AppError },
): Promise<ConfirmedMatch> {
  const matchedBuyerId = order.matchedBuyerId!;
  const guestBuyerId = order.buyerId;
  // The guard: still held, still matching the buyer read above (a second confirmation waits for
  // this row, then finds matchConfirmedAt set and moves nothing).
  const moved = await tx.order.updateMany({
    where: { id: order.id, brandId: order.brandId, buyerId: guestBuyerId, matchedBuyerId, matchConfirmedAt: null, ...how.guard },
    data: { buyerId: matchedBuyerId, matchConfirmedAt: new Date() },
  });
  if (moved.count === 0) throw how.onMiss?.() ?? new AlreadyChangedError(MATCH_ALREADY_CONFIRMED, msg("checkout.errors.matchAlreadyConfirmed"));

  const buyer = await tx.buyer.findUniqueOrThrow({ where: { id: matchedBuyerId }, select: { id: true, name: true, ownership: true } });
  // As for any guest order: a connection if the buyer has none yet, an existing one left as it is.
  await tx.connection.upsert({
    where: { brandId_buyerId: { brandId: order.brandId, buyerId: buyer.id } },
    create: { brandId: order.brandId, buyerId: buyer.id, currency: order.currency, language: order.language },
    update: {},
  });
  // The guest buyer was made for this order alone; once empty (and not given a login or members
  // since), it would only be a duplicate of the matched buyer in the brand's buyer list.
  const removed = await tx.buyer.deleteMany({
    where: { id: guestBuyerId, ownership: "OFFLINE", ownerBrandId: order.brandId, linkLoginEmail: null, members: { none: {} }, orders: { none: {} }, matchedOrders: { none: {} } },
  });
  if (removed.count > 0) {
    await recordAudit(tx, { brandId: order.brandId, actor: how.actor, entityType: "Buyer", entityId: guestBuyerId, action: "buyer.remove-guest", data: { orderId: order.id, mergedInto: buyer.id } });
  }
  await recordAudit(tx, {
    brandId: order.brandId, actor: how.actor, entityType: "Order", entityId: order.id, action: "order.match-confirm",
    data: { via: how.via, matchedBuyerId: buyer.id, buyerName: buyer.name, guestBuyerId, guestBuyerRemoved: removed.count > 0 },
  });
  return { orderId: order.id, buyerId: buyer.id, buyerName: buyer.name, buyerHasApp: buyer.ownership === "CUSTOMER_OWNED" };
}
