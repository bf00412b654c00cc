import "server-only";
// "Create Delivery Notes": ships some or all remaining quantities of an OC Confirmed order that
// the Shipping work queue released (Preparing product / Partially Shipped). Several notes make a
// split shipment; the order becomes Shipped once every quantity is delivered or undelivered. The
// integration API may give the carrier and tracking number with it.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { deliveryNoteEvent } from "@/lib/webhooks/payloads";
import { deliveryNoteBlocker, remainingQuantity } from "./delivery-quantities";
import { lockOrder } from "./guard";
import type { deliveryNoteSchema, quantityLinesSchema } from "./schemas";
import type { Staff } from "./staff";
import type { z } from "zod";

export async function createDeliveryNote(staff: Staff, input: z.infer<typeof quantityLinesSchema> & Partial<Pick<z.infer<typeof deliveryNoteSchema>, "carrier" | "trackingNumber">>) {
  const brandId = staff.brand.id;
  return prisma.$transaction(async (tx) => {
    // The row lock serializes notes of one order, so two clerks cannot deliver a unit twice.
    const order = await lockOrder(tx, brandId, input.orderId);
    const blocker = deliveryNoteBlocker(order);
    if (blocker) throw new AppError(order.releaseStatus === "SHIPPED" ? "ORDER_ALREADY_SHIPPED" : "DELIVERY_NOT_ALLOWED", msg(blocker));

    const [delivered, undelivered, last] = await Promise.all([
      tx.deliveryNoteLine.groupBy({ by: ["orderLineId"], where: { deliveryNote: { orderId: order.id } }, _sum: { quantity: true } }),
      tx.undeliveredSku.groupBy({ by: ["orderLineId"], where: { orderId: order.id }, _sum: { quantity: true } }),
      tx.deliveryNote.findFirst({ where: { orderId: order.id }, orderBy: { sequence: "desc" }, select: { sequence: true } }),
    ]);
    const sum = (rows: { orderLineId: string; _sum: { quantity: number | null } }[], id: string) => rows.find((r) => r.orderLineId === id)?._sum.quantity ?? 0;
    const lines = order.lines.map((l) => ({ id: l.id, quantity: l.quantity, delivered: sum(delivered, l.id), undelivered: sum(undelivered, l.id) }));
    const byId = new Map(lines.map((l) => [l.id, l]));

    const fieldErrors: Record<string, string> = {};
    input.lines.forEach((requested, index) => {
      const line = byId.get(requested.orderLineId);
      if (!line) fieldErrors[`lines.${index}.quantity`] = msg("orders.errors.lineNotOnOrder");
      else if (requested.quantity > remainingQuantity(line)) fieldErrors[`lines.${index}.quantity`] = msg("orders.errors.atMostLeftToDeliver", { max: remainingQuantity(line) });
    });
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", msg("orders.errors.correctQuantities"), fieldErrors);
    const shipping = input.lines.filter((l) => l.quantity > 0);
    if (shipping.length === 0) throw new AppError("VALIDATION", msg("orders.errors.nothingToDeliver"), { _form: msg("orders.errors.nothingToDeliver") });

    const note = await tx.deliveryNote.create({
      data: { orderId: order.id, sequence: (last?.sequence ?? 0) + 1, createdById: staff.user.id, carrier: input.carrier ?? null, trackingNumber: input.trackingNumber ?? null, lines: { create: shipping.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })) } },
    });
    for (const l of shipping) byId.get(l.orderLineId)!.delivered += l.quantity;
    const done = lines.every((l) => remainingQuantity(l) === 0);
    const releaseStatus = done ? "SHIPPED" : "PARTIALLY_SHIPPED";
    await tx.order.update({ where: { id: order.id }, data: { releaseStatus } });
    await recordAudit(tx, {
      brandId, actor: memberActor(staff.user), entityType: "Order", entityId: order.id, action: "delivery-note.create",
      from: order.releaseStatus, to: releaseStatus, data: { sequence: note.sequence, units: shipping.reduce((s, l) => s + l.quantity, 0), carrier: note.carrier, trackingNumber: note.trackingNumber },
    });
    await emitWebhookEvent(tx, brandId, "delivery_note.created", deliveryNoteEvent(tx, note.id));
    return { id: note.id, sequence: note.sequence, releaseStatus };
  });
}
