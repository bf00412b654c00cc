import "server-only";
// The Tags master: names are unique per brand (case-insensitively); deleting a tag takes it off
// every order.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { lockForTransaction } from "@/lib/db/advisory-lock";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";

async function assertFree(tx: Tx, brandId: string, name: string, exceptId?: string) {
  // The unique index is case-sensitive: two saves of "Navy" and "NAVY" at once queue here instead.
  await lockForTransaction(tx, `tag-name:${brandId}:${name.toLowerCase()}`);
  const same = await tx.tag.findFirst({ where: { brandId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (same) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { name: `A tag named ${same.name} already exists.` });
}

export async function createTag(brandId: string, user: SessionUser, name: string) {
  return prisma.$transaction(async (tx) => {
    await assertFree(tx, brandId, name);
    const tag = await tx.tag.create({ data: { brandId, name } });
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Tag", entityId: tag.id, action: "tag.create", data: { name } });
    return { id: tag.id };
  });
}

export async function renameTag(brandId: string, user: SessionUser, id: string, name: string) {
  return prisma.$transaction(async (tx) => {
    await assertFree(tx, brandId, name, id);
    const updated = await tx.tag.updateMany({ where: { id, brandId }, data: { name } });
    if (updated.count === 0) throw new NotFoundError("This tag no longer exists.");
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Tag", entityId: id, action: "tag.rename", data: { name } });
    return { id };
  });
}

export async function deleteTag(brandId: string, user: SessionUser, id: string) {
  return prisma.$transaction(async (tx) => {
    const deleted = await tx.tag.deleteMany({ where: { id, brandId } });
    if (deleted.count === 0) throw new NotFoundError("This tag was already deleted.");
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Tag", entityId: id, action: "tag.delete" });
    return { id };
  });
}
