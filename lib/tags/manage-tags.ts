import "server-only";
// The Tags master: names are unique per brand regardless of case, enforced by the unique index on
// ("brandId", lower("name")) (see the Tag model). createTag is the one way a tag is made: Settings ›
// Tags refuses a taken name, the confirmation modal's Create Tag takes the existing tag instead.
// Deleting a tag takes it off every order.
import { memberActor, recordAudit, type Acting } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { prisma, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { tagNameTakenMessage } from "./schemas";

export type TagRef = { id: string; name: string };

/** The brand's tag of this name in any case: the same comparison as the unique index. */
export async function findTagByName(db: Pick<Tx, "$queryRaw">, brandId: string, name: string, exceptId?: string): Promise<TagRef | null> {
  const rows = await db.$queryRaw<TagRef[]>`
    SELECT "id", "name" FROM "Tag"
    WHERE "brandId" = ${brandId} AND lower("name") = lower(${name}) AND "id" <> ${exceptId ?? ""}
    LIMIT 1`;
  return rows[0] ?? null;
}

function nameTaken(existing: TagRef): AppError {
  return new AppError("VALIDATION", msg("errors.correctFields"), { name: tagNameTakenMessage(existing.name) });
}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Creates the brand's tag, or deals with the one that already has this name: `ifExists: "refuse"`
 * answers a field error naming it, `"use"` returns it (created: false). Two saves of one name at
 * once make one tag: the loser's insert hits the unique index, and it then finds the winner's.
 */
export async function createTag(brandId: string, user: Acting, name: string, options: { ifExists: "refuse" | "use" }): Promise<TagRef & { created: boolean }> {
  const existing = (tag: TagRef) => {
    if (options.ifExists === "refuse") throw nameTaken(tag);
    return { ...tag, created: false };
  };
  try {
    return await prisma.$transaction(async (tx) => {
      const same = await findTagByName(tx, brandId, name);
      if (same) return existing(same);
      const tag = await tx.tag.create({ data: { brandId, name }, select: { id: true, name: true } });
      await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Tag", entityId: tag.id, action: "tag.create", data: { name } });
      return { ...tag, created: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The insert lost a race to a save of the same name that committed meanwhile.
    const winner = await findTagByName(prisma, brandId, name);
    if (!winner) throw error;
    return existing(winner);
  }
}

export async function renameTag(brandId: string, user: SessionUser, id: string, name: string) {
  try {
    return await prisma.$transaction(async (tx) => {
      const same = await findTagByName(tx, brandId, name, id);
      if (same) throw nameTaken(same);
      const updated = await tx.tag.updateMany({ where: { id, brandId }, data: { name } });
      if (updated.count === 0) throw new NotFoundError(msg("settings.errors.tagGone"));
      await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Tag", entityId: id, action: "tag.rename", data: { name } });
      return { id };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findTagByName(prisma, brandId, name, id);
    if (!winner) throw error;
    throw nameTaken(winner);
  }
}

export async function deleteTag(brandId: string, user: SessionUser, id: string) {
  return prisma.$transaction(async (tx) => {
    const deleted = await tx.tag.deleteMany({ where: { id, brandId } });
    if (deleted.count === 0) throw new NotFoundError(msg("settings.errors.tagAlreadyDeleted"));
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Tag", entityId: id, action: "tag.delete" });
    return { id };
  });
}
