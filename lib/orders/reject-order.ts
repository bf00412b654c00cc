import "server-only";
// "Order Rejected" (final): allowed before the OC is confirmed; the reason is e-mailed to the buyer.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { orderEvent } from "@/lib/webhooks/payloads";
import { throwGuardMiss } from "./guard";
import { buyerOrderMail } from "./order-emails";
import type { Staff } from "./staff";

export const REJECTABLE = ["PLEASE_CREATE_OC", "OC_CREATED", "OC_APPROVED"] as const;

export async function rejectOrder(staff: Staff, input: { orderId: string; reason: string }) {
  const brandId = staff.brand.id;
  return prisma.$transaction(async (tx) => {
    const before = await tx.order.findFirst({ where: { id: input.orderId, brandId }, select: { status: true } });
    const moved = await tx.order.updateMany({
      where: { id: input.orderId, brandId, status: { in: [...REJECTABLE] } },
      data: { status: "ORDER_REJECTED", rejectedReason: input.reason, approvalToken: null },
    });
    if (moved.count === 0 || !before) {
      await throwGuardMiss(tx, { id: input.orderId, brandId }, {
        action: "reject",
        already: { statuses: ["ORDER_REJECTED"], code: "ORDER_ALREADY_REJECTED", message: "orders.errors.alreadyRejected" },
      });
    }
    const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId } });
    const mail = await buyerOrderMail(tx, order.id);
    await enqueueEmail(tx, { brandId, to: mail.to, locale: mail.locale, template: "orderRejected", data: { ...mail.about, reason: input.reason } });
    await recordAudit(tx, { brandId, actor: memberActor(staff.user), entityType: "Order", entityId: order.id, action: "order.reject", from: before!.status, to: "ORDER_REJECTED", data: { reason: input.reason } });
    await emitWebhookEvent(tx, brandId, "order.rejected", orderEvent(tx, order.id));
    return { id: order.id, status: "ORDER_REJECTED" as const };
  });
}
