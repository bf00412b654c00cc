import "server-only";
// OC Created -> OC Approved: by the buyer (Buyer App, or the e-mailed link) once the OC was sent
// for approval, or forced by the brand. The e-mailed link keeps working as a read-only "approved"
// page until the OC changes (edit, confirm, reject clear the token); approving twice is refused.
import { memberActor, recordAudit, type Actor } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { throwGuardMiss } from "./guard";
import type { Staff } from "./staff";

const ALREADY = {
  statuses: ["OC_APPROVED", "OC_CONFIRMED", "OC_CONFIRMED_UNDELIVERED"] as const,
  code: "ORDER_ALREADY_APPROVED",
  message: "This order confirmation was already approved.",
};

async function approve(where: { id?: string; brandId?: string; buyerId?: { in: string[] }; approvalToken?: string; ocSentAt?: { not: null } }, actor: Actor, action: "oc.approve" | "oc.force-approve") {
  return prisma.$transaction(async (tx) => {
    const order = await tx.order.findFirst({ where, select: { id: true, brandId: true } });
    if (!order) throw new NotFoundError("Order not found.");
    const moved = await tx.order.updateMany({
      where: { ...where, id: order.id, status: "OC_CREATED" },
      data: { status: "OC_APPROVED", ocApprovedAt: new Date() },
    });
    if (moved.count === 0) await throwGuardMiss(tx, { id: order.id }, { verb: "approved", already: { ...ALREADY, statuses: [...ALREADY.statuses] } });
    await recordAudit(tx, { brandId: order.brandId, actor, entityType: "Order", entityId: order.id, action, from: "OC_CREATED", to: "OC_APPROVED" });
    return { id: order.id, status: "OC_APPROVED" as const };
  });
}

/** The buyer approves from the Buyer App: a member of the order's buyer organization. */
export async function approveOcAsBuyer(user: { id: string; name: string; email: string }, orderId: string) {
  const memberships = await prisma.buyerMember.findMany({ where: { userId: user.id }, select: { buyerId: true } });
  const buyerIds = memberships.map((m) => m.buyerId);
  const order = await prisma.order.findFirst({ where: { id: orderId, buyerId: { in: buyerIds } }, select: { ocSentAt: true, status: true } });
  if (!order) throw new NotFoundError("Order not found.");
  if (order.status === "OC_CREATED" && !order.ocSentAt) {
    throw new AlreadyChangedError("OC_NOT_SENT", "The brand has not sent this order confirmation for approval yet.");
  }
  return approve({ id: orderId, buyerId: { in: buyerIds }, ocSentAt: { not: null } }, { userId: user.id, label: user.name || user.email }, "oc.approve");
}

/** The buyer approves from the e-mailed link: the token alone identifies the order. */
export async function approveOcByToken(token: string) {
  const order = await prisma.order.findUnique({ where: { approvalToken: token }, select: { contactName: true } });
  if (!order) throw new AlreadyChangedError("APPROVAL_LINK_USED", "This approval link is no longer valid. It was already used or the order confirmation changed.");
  return approve({ approvalToken: token }, { label: `${order.contactName} (Buyer, via e-mail)` }, "oc.approve");
}

/** The brand approves on the buyer's behalf (forced approval). */
export async function forceApproveOc(staff: Staff, orderId: string) {
  return approve({ id: orderId, brandId: staff.brand.id }, memberActor(staff.user), "oc.force-approve");
}
