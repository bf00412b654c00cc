import "server-only";
// Lookbooks: name and status (Public or Draft), images (checked: type, up to 3 MB; 2:3 or 3:2
// advised, not enforced) each optionally crediting products of the brand.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { checkImage, hasAdvisedAspect, storeImage } from "@/lib/storage/image-upload";

export async function saveLookbook(brandId: string, user: SessionUser, values: { name: string; status: "PUBLIC" | "DRAFT" }, id?: string) {
  return prisma.$transaction(async (tx) => {
    let lookbookId: string;
    if (id) {
      const updated = await tx.lookbook.updateMany({ where: { id, brandId }, data: values });
      if (updated.count === 0) throw new NotFoundError(msg("lookbooks.errors.gone"));
      lookbookId = id;
    } else {
      lookbookId = (await tx.lookbook.create({ data: { ...values, brandId }, select: { id: true } })).id;
    }
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Lookbook", entityId: lookbookId, action: id ? "lookbook.update" : "lookbook.create", to: values.status });
    return { id: lookbookId };
  });
}

export async function deleteLookbook(brandId: string, user: SessionUser, id: string) {
  return prisma.$transaction(async (tx) => {
    const deleted = await tx.lookbook.deleteMany({ where: { id, brandId } });
    if (deleted.count === 0) throw new NotFoundError(msg("lookbooks.errors.alreadyDeleted"));
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Lookbook", entityId: id, action: "lookbook.delete" });
    return { id };
  });
}

export async function addLookbookImage(brandId: string, user: SessionUser, lookbookId: string, file: unknown) {
  const lookbook = await prisma.lookbook.findFirst({ where: { id: lookbookId, brandId }, select: { id: true } });
  if (!lookbook) throw new NotFoundError(msg("lookbooks.errors.gone"));
  const image = await checkImage(file);
  const stored = await storeImage(brandId, image);
  return prisma.$transaction(async (tx) => {
    const last = await tx.lookbookImage.aggregate({ where: { lookbookId }, _max: { position: true } });
    const row = await tx.lookbookImage.create({ data: { lookbookId, fileId: stored.id, position: (last._max.position ?? -1) + 1 } });
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Lookbook", entityId: lookbookId, action: "lookbook.image.add", data: { fileId: stored.id } });
    return { id: row.id, advisedAspect: hasAdvisedAspect(image.width, image.height), width: image.width, height: image.height };
  });
}

export async function updateLookbookImage(brandId: string, user: SessionUser, input: { imageId: string; caption: string | null; productIds: string[] }) {
  return prisma.$transaction(async (tx) => {
    const image = await tx.lookbookImage.findFirst({ where: { id: input.imageId, lookbook: { brandId } }, select: { id: true, lookbookId: true } });
    if (!image) throw new NotFoundError(msg("lookbooks.errors.imageGone"));
    const ids = [...new Set(input.productIds)];
    const products = await tx.product.count({ where: { brandId, id: { in: ids } } });
    if (products !== ids.length) throw new AppError("VALIDATION", msg("errors.correctFields"), { productIds: msg("lookbooks.errors.ownProducts") });
    await tx.lookbookImage.update({ where: { id: image.id }, data: { caption: input.caption } });
    await tx.lookbookImageProduct.deleteMany({ where: { imageId: image.id } });
    if (ids.length) await tx.lookbookImageProduct.createMany({ data: ids.map((productId) => ({ imageId: image.id, productId })) });
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Lookbook", entityId: image.lookbookId, action: "lookbook.image.update", data: { imageId: image.id, products: ids.length } });
    return { lookbookId: image.lookbookId };
  });
}

export async function removeLookbookImage(brandId: string, user: SessionUser, imageId: string) {
  return prisma.$transaction(async (tx) => {
    const image = await tx.lookbookImage.findFirst({ where: { id: imageId, lookbook: { brandId } }, select: { id: true, lookbookId: true } });
    if (!image) throw new NotFoundError(msg("lookbooks.errors.imageAlreadyRemoved"));
    const deleted = await tx.lookbookImage.deleteMany({ where: { id: image.id } });
    if (deleted.count === 0) throw new NotFoundError(msg("lookbooks.errors.imageAlreadyRemoved"));
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Lookbook", entityId: image.lookbookId, action: "lookbook.image.remove", data: { imageId } });
    return { lookbookId: image.lookbookId };
  });
}
