import "server-only";
// A product's images: add (checked, stored through the storage module) and remove.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { checkImage, storeImage } from "@/lib/storage/image-upload";

export async function addProductImage(brandId: string, user: SessionUser, productId: string, file: unknown) {
  const product = await prisma.product.findFirst({ where: { id: productId, brandId }, select: { id: true } });
  if (!product) throw new NotFoundError(msg("products.errors.notFound"));
  const image = await checkImage(file);
  const stored = await storeImage(brandId, image);
  return prisma.$transaction(async (tx) => {
    const last = await tx.productImage.aggregate({ where: { productId }, _max: { position: true } });
    const row = await tx.productImage.create({ data: { productId, fileId: stored.id, position: (last._max.position ?? -1) + 1 } });
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Product", entityId: productId, action: "product.image.add", data: { fileId: stored.id } });
    return { id: row.id, key: stored.key };
  });
}

export async function removeProductImage(brandId: string, user: SessionUser, imageId: string) {
  return prisma.$transaction(async (tx) => {
    const image = await tx.productImage.findFirst({ where: { id: imageId, product: { brandId } }, select: { id: true, productId: true } });
    if (!image) throw new NotFoundError(msg("products.errors.imageNotFound"));
    const deleted = await tx.productImage.deleteMany({ where: { id: image.id } });
    if (deleted.count === 0) throw new NotFoundError(msg("products.errors.imageNotFound"));
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Product", entityId: image.productId, action: "product.image.remove", data: { imageId } });
    return { productId: image.productId };
  });
}
