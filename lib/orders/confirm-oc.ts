import "server-only";
// "Confirm The Order Confirmation": OC Created or OC Approved -> OC Confirmed. From OC Created the
// buyer's approval is skipped (the modal warns). The order enters New (To Ship) Orders as Not Yet
// Released; the chosen tags are applied and, if enabled, the buyer is e-mailed the given body.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { enqueueEmail } from "@/lib/mail/outbox";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { orderEvent } from "@/lib/webhooks/payloads";
import { throwGuardMiss } from "./guard";
import { buyerOrderMail, orderRequestMail } from "./order-emails";
import type { confirmOcSchema } from "./schemas";
import type { Staff } from "./staff";
import type { z } from "zod";

export const CONFIRMABLE = ["OC_CREATED", "OC_APPROVED"] as const;

export async function confirmOc(staff: Staff, input: z.infer<typeof confirmOcSchema>) {
  const brandId = staff.brand.id;
  return prisma.$transaction(async (tx) => {
    const before = await tx.order.findFirst({ where: { id: input.orderId, brandId }, select: { status: true } });
    if (!before) throw new NotFoundError(msg("orders.errors.orderNotFound"));
    const tagIds = [...new Set(input.tagIds)];
    const tags = await tx.tag.findMany({ where: { id: { in: tagIds }, brandId }, select: { id: true, name: true } });
    if (tags.length !== tagIds.length) throw new NotFoundError(msg("orders.errors.tagNotFound"));

    const moved = await tx.order.updateMany({
      where: { id: input.orderId, brandId, status: { in: [...CONFIRMABLE] } },
      data: { status: "OC_CONFIRMED", ocConfirmedAt: new Date(), releaseStatus: "NOT_YET_RELEASED", releaseFailureReason: null, releaseFailureDetail: null, approvalToken: null },
    });
    if (moved.count === 0) {
      await throwGuardMiss(tx, { id: input.orderId, brandId }, {
        action: "confirm",
        already: { statuses: ["OC_CONFIRMED", "OC_CONFIRMED_UNDELIVERED"], code: "ORDER_ALREADY_CONFIRMED", message: "orders.errors.alreadyConfirmed" },
      });
    }
    if (tags.length) await tx.orderTag.createMany({ data: tags.map((t) => ({ orderId: input.orderId, tagId: t.id })), skipDuplicates: true });

    const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId } });
    if (input.notifyBuyer && input.emailBody) {
      const mail = await buyerOrderMail(tx, order.id);
      const request = await orderRequestMail(tx, order.id);
      await enqueueEmail(tx, { brandId, to: mail.to, locale: mail.locale, template: "ocConfirmed", data: { ...mail.about, body: input.emailBody, request } });
    }
    await recordAudit(tx, {
      brandId, actor: memberActor(staff.user), entityType: "Order", entityId: order.id, action: "oc.confirm", from: before.status, to: "OC_CONFIRMED",
      data: { notifiedBuyer: input.notifyBuyer, tags: tags.map((t) => t.name), skippedBuyerApproval: before.status === "OC_CREATED" },
    });
    await emitWebhookEvent(tx, brandId, "order.oc_confirmed", orderEvent(tx, order.id));
    return { id: order.id, status: "OC_CONFIRMED" as const, notified: input.notifyBuyer };
  });
}
