import "server-only";
// The buyer's own cancel, allowed until release preparation starts: the help-center page says that
// once the product is prepared for release the customer gets an "Order Processing" message and
// "will not be able to cancel their order directly". So a buyer may cancel an order waiting for its
// OC, OC Created, OC Approved, or OC Confirmed and not yet released (Not Yet Released, or Failed to
// Release: a failed attempt allocated nothing and told the buyer nothing); never once it is
// Preparing product or shipping, rejected, or already cancelled.
//
// Racing Prepare for release: both sides decide on the same Order row under its row lock, and on
// the same condition, prepare-release's own RELEASABLE. Preparation moves releaseStatus out of
// RELEASABLE; this cancel moves status out of CONFIRMED and clears releaseStatus; each write is
// guarded by the condition the other one breaks, so exactly one of them happens. A cancelled order
// never held stock, so there is none to give back (the brand's cancel in lib/shipping handles that).
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { enqueueEmail, recipientLocale } from "@/lib/mail/outbox";
import { RELEASABLE } from "@/lib/shipping/prepare-release";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { orderEvent } from "@/lib/webhooks/payloads";
import { BUYER_CANCEL_ACTION } from "./order-events";
import { formatOrderNumber } from "./order-number";


/** Why a buyer's cancel is refused: the action's error code, worded in buyerApp.cancel.refusals. */
export type BuyerCancelRefusal = "ORDER_PROCESSING" | "ORDER_ALREADY_CANCELLED" | "ORDER_ALREADY_REJECTED" | "ORDER_STATUS_CHANGED";

export const BUYER_CANCELLABLE: OrderStatus[] = ["PLEASE_CREATE_OC", "OC_CREATED", "OC_APPROVED", "OC_CONFIRMED", "OC_CONFIRMED_UNDELIVERED"];

/** Release preparation has not started: no To Ship state yet (before confirmation), or still releasable. */
const RELEASE_NOT_STARTED: Prisma.OrderWhereInput = { OR: [{ releaseStatus: null }, { releaseStatus: { in: RELEASABLE } }] };

/** The guard of the write: the same condition buyerCancelRefusal explains. */
const CANCELLABLE_WHERE: Prisma.OrderWhereInput = { status: { in: BUYER_CANCELLABLE }, ...RELEASE_NOT_STARTED };

/** Why the buyer cannot cancel this order now, or null when they can (pages show the button by it). */
export function buyerCancelRefusal(order: { status: OrderStatus; releaseStatus: ReleaseStatus | null }): BuyerCancelRefusal | null {
  if (order.status === "CANCELLED") return "ORDER_ALREADY_CANCELLED";
  if (order.status === "ORDER_REJECTED") return "ORDER_ALREADY_REJECTED";
  if (order.releaseStatus !== null && !RELEASABLE.includes(order.releaseStatus)) return "ORDER_PROCESSING";
  if (!BUYER_CANCELLABLE.includes(order.status)) return "ORDER_STATUS_CHANGED";
  return null;
}

/**
 * Who is cancelling, and so which orders they can reach: a member of the order's buyer organization
 * in the Buyer App, or the link visitor whose session placed the order (the link's order page).
 */
export type BuyerViewer =
  | { kind: "buyer-app"; user: SessionUser }
  | { kind: "order-link"; linkId: string; userId: string | null };

function visibleTo(viewer: BuyerViewer): Prisma.OrderWhereInput {
  return viewer.kind === "buyer-app" ? { buyer: { members: { some: { userId: viewer.user.id } } } } : { sourceLinkId: viewer.linkId };
}

function actorOf(viewer: BuyerViewer, contactName: string): Actor {
  if (viewer.kind === "buyer-app") return { userId: viewer.user.id, label: viewer.user.name || viewer.user.email };
  return { userId: viewer.userId, label: msg("orders.history.buyerViaOrderLink", { name: contactName }) };
}

export async function cancelOrderByBuyer(viewer: BuyerViewer, input: { orderId: string; reason: string; baseUrl: string }) {
  return prisma.$transaction(async (tx) => {
    // Another buyer's order, or an id that exists nowhere: the same 404.
    const visible = await tx.order.findFirst({ where: { id: input.orderId, ...visibleTo(viewer) }, select: { id: true } });
    if (!visible) throw new NotFoundError(msg("buyerApp.errors.orderNotFound"));
    // The row lock Prepare for release also takes: whichever holds it first decides, and the state
    // read here is the one the audit event records as "from".
    const [before] = await tx.$queryRaw<{ status: OrderStatus; releaseStatus: ReleaseStatus | null }[]>`
      SELECT "status", "releaseStatus" FROM "Order" WHERE "id" = ${visible.id} FOR UPDATE`;
    if (!before) throw new NotFoundError(msg("buyerApp.errors.orderNotFound"));
    const cancelledAt = new Date();
    const moved = await tx.order.updateMany({
      where: { id: visible.id, ...CANCELLABLE_WHERE },
      data: {
        status: "CANCELLED", cancelledReason: input.reason, cancelledAt,
        // It leaves New (To Ship) Orders, and a pending e-mailed approval link stops working.
        releaseStatus: null, releaseFailureReason: null, releaseFailureDetail: null, approvalToken: null,
      },
    });
    if (moved.count === 0) {
      const code = buyerCancelRefusal(before) ?? "ORDER_STATUS_CHANGED";
      throw new AlreadyChangedError(code, msg(`buyerApp.cancel.refusals.${code}`));
    }

    const order = await tx.order.findUniqueOrThrow({
      where: { id: visible.id },
      select: {
        id: true, number: true, brandId: true, contactName: true, poNumber: true,
        brand: { select: { name: true, orderPrefix: true, language: true, timeZone: true, members: { select: { role: true, user: { select: { email: true, language: true } } } } } },
        buyer: { select: { name: true } },
      },
    });
    const number = formatOrderNumber(order.brand.orderPrefix, order.number);
    const actor = actorOf(viewer, order.contactName);
    // "E-mailed to the brand": everyone at the brand who handles orders, each in their own language.
    const staff = new Map(order.brand.members.filter((m) => can(m.role, "orders.manage")).map((m) => [m.user.email, m.user.language]));
    const recipients = [...staff.keys()];
    const data = {
      brandName: order.brand.name, timeZone: order.brand.timeZone, orderNumber: number, buyerName: order.buyer.name, cancelledBy: actor.label,
      reason: input.reason, leftToShipQueue: before.releaseStatus !== null, orderUrl: `${input.baseUrl}/admin/orders/${order.id}`, poNumber: order.poNumber,
    };
    for (const [to, language] of staff) {
      await enqueueEmail(tx, { brandId: order.brandId, to, locale: recipientLocale(language, order.brand.language), template: "orderCancelledByBuyer", data });
    }
    await recordAudit(tx, {
      brandId: order.brandId, actor, entityType: "Order", entityId: order.id, action: BUYER_CANCEL_ACTION, from: before.status, to: "CANCELLED",
      data: { orderNumber: number, reason: input.reason, releaseStatus: before.releaseStatus, via: viewer.kind },
    });
    await emitWebhookEvent(tx, order.brandId, "order.cancelled", orderEvent(tx, order.id));
    return { id: order.id, status: "CANCELLED" as const, cancelledAt, notified: recipients.length };
  });
}
