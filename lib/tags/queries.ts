import "server-only";
import { prisma } from "@/lib/db/client";

/** The brand's tags with how many orders carry each. */
export async function listTags(brandId: string) {
  return prisma.tag.findMany({ where: { brandId }, orderBy: { name: "asc" }, include: { _count: { select: { orders: true } } } });
}
