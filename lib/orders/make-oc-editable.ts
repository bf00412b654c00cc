import "server-only";
// "Make The Order Confirmation Editable": OC Confirmed -> OC Created, only while no delivery note
// and no undelivered SKU exist and nothing is released (Not Yet Released / Failed to Release).
// The order leaves New (To Ship) Orders.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import type { ReleaseStatus } from "@/lib/db/generated/enums";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import type { Staff } from "./staff";

const UNRELEASED: ReleaseStatus[] = ["NOT_YET_RELEASED", "FAILED_TO_RELEASE"];

export type MakeEditableBlocker = "notConfirmed" | "deliveryNote" | "undelivered" | "released";

/** Why the button is unavailable (orders.blockers.makeEditable.*), or null when it is available. */
export function makeEditableBlocker(order: { status: string; releaseStatus: ReleaseStatus | null; deliveryNoteCount: number; undeliveredCount: number }): MakeEditableBlocker | null {
  if (order.status !== "OC_CONFIRMED") return "notConfirmed";
  if (order.deliveryNoteCount > 0) return "deliveryNote";
  if (order.undeliveredCount > 0) return "undelivered";
  if (order.releaseStatus && !UNRELEASED.includes(order.releaseStatus)) return "released";
  return null;
}

export async function makeOcEditable(staff: Staff, orderId: string) {
  const brandId = staff.brand.id;
  return prisma.$transaction(async (tx) => {
    const moved = await tx.order.updateMany({
      where: {
        id: orderId, brandId, status: "OC_CONFIRMED",
        OR: [{ releaseStatus: null }, { releaseStatus: { in: UNRELEASED } }],
        deliveryNotes: { none: {} }, undeliveredSkus: { none: {} },
      },
      data: { status: "OC_CREATED", releaseStatus: null, releaseFailureReason: null, releaseFailureDetail: null, ocConfirmedAt: null, ocApprovedAt: null, ocSentAt: null },
    });
    if (moved.count === 0) {
      const order = await tx.order.findFirst({
        where: { id: orderId, brandId },
        select: { status: true, releaseStatus: true, _count: { select: { deliveryNotes: true, undeliveredSkus: true } } },
      });
      if (!order) throw new NotFoundError(msg("orders.errors.orderNotFound"));
      const why = makeEditableBlocker({ ...order, deliveryNoteCount: order._count.deliveryNotes, undeliveredCount: order._count.undeliveredSkus });
      throw new AlreadyChangedError("ORDER_NOT_EDITABLE", msg(`orders.errors.notEditable.${why ?? "changed"}`));
    }
    await recordAudit(tx, { brandId, actor: memberActor(staff.user), entityType: "Order", entityId: orderId, action: "oc.make-editable", from: "OC_CONFIRMED", to: "OC_CREATED" });
    return { id: orderId, status: "OC_CREATED" as const };
  });
}
