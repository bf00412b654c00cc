import "server-only";
// Puts tags on an order by name (the integration API): a name the brand has in any case is that
// tag, another name becomes a new tag (the same createTag as Settings › Tags). Tags already on the
// order stay as they are; the audit event lists only the tags this call added, so the same call
// repeated, or raced, adds them once and records one event.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { createTag, type TagRef } from "@/lib/tags/manage-tags";
import type { addOrderTagsSchema } from "./schemas";
import type { Staff } from "./staff";
import type { z } from "zod";

async function orderExists(brandId: string, orderId: string) {
  const order = await prisma.order.findFirst({ where: { id: orderId, brandId }, select: { id: true } });
  if (!order) throw new NotFoundError(msg("orders.errors.orderNotFound"));
}

export async function addOrderTags(staff: Staff, input: z.infer<typeof addOrderTagsSchema>) {
  const brandId = staff.brand.id;
  // Checked first, so an unknown order makes no tags.
  await orderExists(brandId, input.orderId);
  const tags: TagRef[] = [];
  for (const name of input.tags) {
    const tag = await createTag(brandId, staff.user, name, { ifExists: "use" });
    if (!tags.some((t) => t.id === tag.id)) tags.push({ id: tag.id, name: tag.name });
  }
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Order" WHERE id = ${input.orderId} AND "brandId" = ${brandId} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError(msg("orders.errors.orderNotFound"));
    const present = await tx.orderTag.findMany({ where: { orderId: input.orderId, tagId: { in: tags.map((t) => t.id) } }, select: { tagId: true } });
    const added = tags.filter((t) => !present.some((p) => p.tagId === t.id));
    if (added.length) {
      await tx.orderTag.createMany({ data: added.map((t) => ({ orderId: input.orderId, tagId: t.id })) });
      await recordAudit(tx, { brandId, actor: memberActor(staff.user), entityType: "Order", entityId: input.orderId, action: "order.tags-add", data: { tags: added.map((t) => t.name) } });
    }
    const all = await tx.orderTag.findMany({ where: { orderId: input.orderId }, select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } });
    return { id: input.orderId, added: added.map((t) => t.name), tags: all.map((t) => t.tag.name) };
  });
}
