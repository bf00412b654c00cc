import "server-only";
// "Create Undelivered SKUs": declares quantities of an OC Confirmed order that will ship later or
// never, while no delivery note exists. The order becomes "OC Confirmed (Undelivered SKUs
// Created)" and is locked (no more editing).
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AlreadyChangedError, AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { undeliveredBlocker } from "./delivery-quantities";
import { lockOrder } from "./guard";
import type { quantityLinesSchema } from "./schemas";
import type { Staff } from "./staff";
import type { z } from "zod";

export async function createUndeliveredSkus(staff: Staff, input: z.infer<typeof quantityLinesSchema>) {
  const brandId = staff.brand.id;
  return prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, brandId, input.orderId);
    const deliveryNoteCount = await tx.deliveryNote.count({ where: { orderId: order.id } });
    const blocker = undeliveredBlocker({ status: order.status, deliveryNoteCount });
    if (blocker) throw new AlreadyChangedError(order.status === "OC_CONFIRMED_UNDELIVERED" ? "UNDELIVERED_ALREADY_CREATED" : "UNDELIVERED_NOT_ALLOWED", msg(blocker));

    const byId = new Map(order.lines.map((l) => [l.id, l]));
    const fieldErrors: Record<string, string> = {};
    input.lines.forEach((requested, index) => {
      const line = byId.get(requested.orderLineId);
      if (!line) fieldErrors[`lines.${index}.quantity`] = msg("orders.errors.lineNotOnOrder");
      else if (requested.quantity > line.quantity) fieldErrors[`lines.${index}.quantity`] = msg("orders.errors.atMost", { max: line.quantity });
    });
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", msg("orders.errors.correctQuantities"), fieldErrors);
    const rows = input.lines.filter((l) => l.quantity > 0);
    if (rows.length === 0) throw new AppError("VALIDATION", msg("orders.errors.nothingUndelivered"), { _form: msg("orders.errors.nothingUndelivered") });

    await tx.undeliveredSku.createMany({ data: rows.map((r) => ({ orderId: order.id, orderLineId: r.orderLineId, quantity: r.quantity })) });
    await tx.order.update({ where: { id: order.id }, data: { status: "OC_CONFIRMED_UNDELIVERED" } });
    await recordAudit(tx, {
      brandId, actor: memberActor(staff.user), entityType: "Order", entityId: order.id, action: "undelivered.create",
      from: "OC_CONFIRMED", to: "OC_CONFIRMED_UNDELIVERED", data: { units: rows.reduce((s, r) => s + r.quantity, 0) },
    });
    return { id: order.id, status: "OC_CONFIRMED_UNDELIVERED" as const };
  });
}
