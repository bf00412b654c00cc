import "server-only";
// OC Created -> OC Approved: by the buyer (Buyer App, or the e-mailed link) once the OC was sent
// for approval, or forced by the brand. The e-mailed link keeps working as a read-only "approved"
// page until the OC changes (edit, confirm, reject clear the token); approving twice is refused.
import { memberActor, recordAudit, type Actor } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { throwGuardMiss } from "./guard";
import type { Staff } from "./staff";

const ALREADY = {
  statuses: ["OC_APPROVED", "OC_CONFIRMED", "OC_CONFIRMED_UNDELIVERED"] as const,
  code: "ORDER_ALREADY_APPROVED",
  message: "orders.errors.alreadyApproved" as const,
};

async function approve(where: { id?: string; brandId?: string; buyerId?: { in: string[] }; approvalToken?: string; ocSentAt?: { not: null } }, actor: Actor, action: "oc.approve" | "oc.force-approve") {
  return prisma.$transaction(async (tx) => {
    const order = await tx.order.findFirst({ where, select: { id: true, brandId: true } });
    if (!order) throw new NotFoundError(msg("orders.errors.orderNotFound"));
    const moved = await tx.order.updateMany({
      where: { ...where, id: order.id, status: "OC_CREATED" },
      data: { status: "OC_APPROVED", ocApprovedAt: new Date() },
    });
    if (moved.count === 0) await throwGuardMiss(tx, { id: order.id }, { action: "approve", already: { ...ALREADY, statuses: [...ALREADY.statuses] } });
    await recordAudit(tx, { brandId: order.brandId, actor, entityType: "Order", entityId: order.id, action, from: "OC_CREATED", to: "OC_APPROVED" });
    return { id: order.id, status: "OC_APPROVED" as const };
  });
}

/** The buyer approves from the Buyer App: a member of the order's buyer organization. */
export async function approveOcAsBuyer(user: { id: string; name: string; email: string }, orderId: string) {
  const memberships = await prisma.buyerMember.findMany({ where: { userId: user.id }, select: { buyerId: true } });
  const buyerIds = memberships.map((m) => m.buyerId);
  const order = await prisma.order.findFirst({ where: { id: orderId, buyerId: { in: buyerIds } }, select: { ocSentAt: true, status: true } });
  if (!order) throw new NotFoundError(msg("orders.errors.orderNotFound"));
  if (order.status === "OC_CREATED" && !order.ocSentAt) {
    throw new AlreadyChangedError("OC_NOT_SENT", msg("orders.errors.notSentForApproval"));
  }
  return approve({ id: orderId, buyerId: { in: buyerIds }, ocSentAt: { not: null } }, { userId: user.id, label: user.name || user.email }, "oc.approve");
}

/** The buyer approves from the e-mailed link: the token alone identifies the order. */
export async function approveOcByToken(token: string) {
  const order = await prisma.order.findUnique({ where: { approvalToken: token }, select: { contactName: true } });
  if (!order) throw new AlreadyChangedError("APPROVAL_LINK_USED", msg("orders.errors.approvalLinkUsed"));
  // Kept as a catalogue message: the status history shows it in each reader's language.
  return approve({ approvalToken: token }, { label: msg("orders.history.buyerViaEmail", { name: order.contactName }) }, "oc.approve");
}

/** The brand approves on the buyer's behalf (forced approval). */
export async function forceApproveOc(staff: Staff, orderId: string) {
  return approve({ id: orderId, brandId: staff.brand.id }, memberActor(staff.user), "oc.force-approve");
}
