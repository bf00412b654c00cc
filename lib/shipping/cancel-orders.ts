import "server-only";
// Cancelling orders of a sold-out product from the shipping desk: allowed until anything has
// shipped (Not Yet Released, Failed to Release or Preparing product). Each order is its own guarded
// transaction: status Cancelled with the reason, it leaves the To Ship queue, stock it had been
// allocated goes back, the buyer is told by e-mail and an audit event records it.
import { prisma } from "@/lib/db/client";
import type { ReleaseStatus } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/errors/app-error";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { msg } from "@/lib/i18n/message-text";
import { enqueueEmail } from "@/lib/mail/outbox";
import { buyerOrderMail } from "@/lib/orders/order-emails";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { orderEvent } from "@/lib/webhooks/payloads";
import { CONFIRMED, type ReleaseBrand } from "./prepare-release";

export const CANCELLABLE: ReleaseStatus[] = ["NOT_YET_RELEASED", "FAILED_TO_RELEASE", "PREPARING_PRODUCT"];

/** Each order's outcome; a refusal's message is a catalogue key the action translates for the viewer. */
export type CancelOutcome =
  | { orderId: string; orderNumber: string; ok: true }
  | { orderId: string; orderNumber: string; ok: false; code: "ALREADY_CANCELLED" | "ALREADY_SHIPPED" | "ALREADY_CHANGED"; message: string };

export async function cancelOrders(input: { brand: ReleaseBrand; actor: Actor; orderIds: string[]; reason: string }): Promise<CancelOutcome[]> {
  const ids = [...new Set(input.orderIds)];
  const orders = await prisma.order.findMany({
    where: { brandId: input.brand.id, id: { in: ids } },
    select: { id: true, number: true, status: true, releaseStatus: true, contactName: true, contactEmail: true },
  });
  if (orders.length !== ids.length) throw new NotFoundError(msg("shipping.errors.orderNotFound"));
  const byId = new Map(orders.map((o) => [o.id, o]));
  const outcomes: CancelOutcome[] = [];
  for (const id of ids) outcomes.push(await cancelOne(input.brand, input.actor, byId.get(id)!, input.reason));
  return outcomes;
}

type CancelOrder = { id: string; number: number; status: string; releaseStatus: ReleaseStatus | null; contactName: string; contactEmail: string };

async function cancelOne(brand: ReleaseBrand, actor: Actor, order: CancelOrder, reason: string): Promise<CancelOutcome> {
  const orderNumber = formatOrderNumber(brand.orderPrefix, order.number);
  const refused = refusal(order);
  if (refused) return { orderId: order.id, orderNumber, ...refused };
  const from = order.releaseStatus!;
  const done = await prisma.$transaction(async (tx) => {
    // A released order gives back exactly what the release took (its stock movements). Lock those
    // SKUs before the order, in id order, as a release does, so the two never deadlock.
    const back =
      from === "PREPARING_PRODUCT"
        ? (await tx.stockMovement.groupBy({ by: ["skuId"], where: { brandId: brand.id, orderId: order.id }, _sum: { delta: true }, orderBy: { skuId: "asc" } }))
            .map((t) => ({ skuId: t.skuId, quantity: -(t._sum.delta ?? 0) }))
            .filter((t) => t.quantity > 0)
        : [];
    if (back.length > 0) {
      await tx.$queryRaw`SELECT "id" FROM "Sku" WHERE "brandId" = ${brand.id} AND "id" = ANY(${back.map((b) => b.skuId)}::text[]) ORDER BY "id" FOR UPDATE`;
    }
    // Guard on the release status we saw: if it moved (released, shipped, cancelled), do nothing.
    const updated = await tx.order.updateMany({
      where: { id: order.id, brandId: brand.id, status: { in: CONFIRMED }, releaseStatus: from },
      data: { status: "CANCELLED", cancelledReason: reason, cancelledAt: new Date(), releaseStatus: null, releaseFailureReason: null, releaseFailureDetail: null },
    });
    if (updated.count === 0) return false;
    if (back.length > 0) {
      for (const { skuId, quantity } of back) {
        await tx.$executeRaw`UPDATE "Sku" SET "stockQuantity" = "stockQuantity" + ${quantity}, "updatedAt" = NOW() WHERE "id" = ${skuId} AND "brandId" = ${brand.id}`;
      }
      await tx.stockMovement.createMany({
        data: back.map(({ skuId, quantity }) => ({ brandId: brand.id, skuId, delta: quantity, reason: "release.cancel", orderId: order.id, actorUserId: actor.userId ?? null })),
      });
    }
    const mail = await buyerOrderMail(tx, order.id);
    await enqueueEmail(tx, { brandId: brand.id, to: mail.to, locale: mail.locale, template: "orderCancelled", data: { ...mail.about, reason } });
    await recordAudit(tx, {
      brandId: brand.id,
      actor,
      entityType: "Order",
      entityId: order.id,
      action: "order.cancel",
      from: order.status,
      to: "CANCELLED",
      data: { orderNumber, reason, releaseStatus: from },
    });
    await emitWebhookEvent(tx, brand.id, "order.cancelled", orderEvent(tx, order.id));
    return true;
  });
  if (done) return { orderId: order.id, orderNumber, ok: true };
  return { orderId: order.id, orderNumber, ok: false, code: "ALREADY_CHANGED", message: msg("shipping.cancelOutcome.alreadyChanged") };
}

function refusal(order: CancelOrder): { ok: false; code: "ALREADY_CANCELLED" | "ALREADY_SHIPPED" | "ALREADY_CHANGED"; message: string } | null {
  if (order.status === "CANCELLED") return { ok: false, code: "ALREADY_CANCELLED", message: msg("shipping.cancelOutcome.alreadyCancelled") };
  if (order.releaseStatus === "PARTIALLY_SHIPPED" || order.releaseStatus === "SHIPPED") {
    return { ok: false, code: "ALREADY_SHIPPED", message: msg("shipping.cancelOutcome.alreadyShipped") };
  }
  if (!order.releaseStatus || !CANCELLABLE.includes(order.releaseStatus) || !(CONFIRMED as string[]).includes(order.status)) {
    return { ok: false, code: "ALREADY_CHANGED", message: msg("shipping.cancelOutcome.notCancellable") };
  }
  return null;
}
