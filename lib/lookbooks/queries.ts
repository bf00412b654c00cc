import "server-only";
// Reads of lookbooks (the Links area reads the Lookbook table directly too).
import { prisma } from "@/lib/db/client";

export async function listLookbooks(brandId: string) {
  return prisma.lookbook.findMany({
    where: { brandId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { images: { orderBy: { position: "asc" }, take: 1, include: { file: { select: { key: true } } } }, _count: { select: { images: true } } },
  });
}

export async function getLookbook(brandId: string, id: string) {
  return prisma.lookbook.findFirst({
    where: { id, brandId },
    include: {
      images: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: { file: { select: { key: true, width: true, height: true, originalName: true } }, products: { include: { product: { select: { id: true, productCode: true, name: true } } } } },
      },
    },
  });
}
