import "server-only";
// Sends an OC Created order to the buyer for approval: a fresh one-time approval token and an
// e-mail with the link to approve it (also possible from the Buyer App). Guarded by when the page
// showed it was last sent, so a double click (or two staff) sends one e-mail, not two.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { newLinkToken } from "@/lib/links/token";
import { enqueueEmail } from "@/lib/mail/outbox";
import { buyerOrderMail, orderRequestMail } from "./order-emails";
import { AlreadyChangedError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { throwGuardMiss } from "./guard";
import type { Staff } from "./staff";

export async function sendOcForApproval(staff: Staff, input: { orderId: string; sentAt: string | null; baseUrl: string }) {
  const brandId = staff.brand.id;
  const token = newLinkToken();
  return prisma.$transaction(async (tx) => {
    const moved = await tx.order.updateMany({
      where: { id: input.orderId, brandId, status: "OC_CREATED", ocSentAt: input.sentAt ? new Date(input.sentAt) : null },
      data: { ocSentAt: new Date(), approvalToken: token },
    });
    if (moved.count === 0) {
      const current = await tx.order.findFirst({ where: { id: input.orderId, brandId }, select: { status: true, ocSentAt: true } });
      if (current?.status === "OC_CREATED" && current.ocSentAt) {
        throw new AlreadyChangedError("OC_ALREADY_SENT", msg("orders.errors.alreadySent"));
      }
      await throwGuardMiss(tx, { id: input.orderId, brandId }, {
        action: "send",
        already: { statuses: ["OC_CREATED"], code: "ORDER_CHANGED", message: "orders.errors.changedBeforeSending" },
      });
    }
    const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId } });
    const mail = await buyerOrderMail(tx, order.id, input.baseUrl);
    const request = await orderRequestMail(tx, order.id);
    await enqueueEmail(tx, { brandId, to: mail.to, locale: mail.locale, template: "ocApprovalRequest", data: { ...mail.about, approveUrl: `${input.baseUrl}/oc/${token}`, request } });
    await recordAudit(tx, { brandId, actor: memberActor(staff.user), entityType: "Order", entityId: order.id, action: "oc.send", from: "OC_CREATED", to: "OC_CREATED", data: { to: order.contactEmail } });
    return { id: order.id, approvalToken: token };
  });
}
