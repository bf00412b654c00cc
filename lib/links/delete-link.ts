import "server-only";
// Status Update to Deleted: removes the link and all its configuration (catalog, shipping,
// lookbook and contact rows and carts cascade; its uploaded media are removed; orders keep the
// link's name and lose the reference). Only the audit event remains, shown in the brand's
// activity log. Irreversible: the token's URL answers 404 from then on.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import type { OrderLinkStatus } from "@/lib/db/generated/enums";
import { storage } from "@/lib/storage/storage";
import { linkUnchangedError } from "./why-unchanged";

export async function deleteLink(ctx: BrandContext, input: { id: string; from: OrderLinkStatus }) {
  const brandId = ctx.brand.id;
  const removedKeys = await prisma.$transaction(async (tx) => {
    const link = await tx.orderLink.findFirst({
      where: { id: input.id, brandId },
      select: { name: true, type: true, videoFileId: true, backgroundImageFileId: true },
    });
    if (!link) throw await linkUnchangedError(tx, brandId, input.id);
    const { count } = await tx.orderLink.deleteMany({ where: { id: input.id, brandId, status: input.from } });
    if (count === 0) throw await linkUnchangedError(tx, brandId, input.id);
    const fileIds = [link.videoFileId, link.backgroundImageFileId].filter((x): x is string => Boolean(x));
    const files = fileIds.length ? await tx.storedFile.findMany({ where: { brandId, id: { in: fileIds } }, select: { key: true } }) : [];
    if (files.length) await tx.storedFile.deleteMany({ where: { brandId, id: { in: fileIds } } });
    await recordAudit(tx, {
      brandId, actor: memberActor(ctx.user), entityType: "OrderLink", entityId: input.id, action: "link.delete", from: input.from, to: "DELETED",
      data: { name: link.name, type: link.type },
    });
    return files.map((f) => f.key);
  });
  // Bytes go after the commit: a failed removal leaves an orphan file, never a dangling row.
  await Promise.all(removedKeys.map((key) => storage().delete(key).catch((error) => console.error("Could not remove link media", key, error))));
  return { id: input.id, status: "DELETED" as const };
}
