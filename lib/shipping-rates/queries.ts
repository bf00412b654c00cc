import "server-only";
// Reads of Shipping Rate Groups (master data; the Links area reads the table directly too).
import { prisma } from "@/lib/db/client";

export async function listRateGroups(brandId: string) {
  return prisma.shippingRateGroup.findMany({
    where: { brandId },
    orderBy: [{ currency: "asc" }, { country: "asc" }, { name: "asc" }],
    include: { rates: { orderBy: [{ minAmount: "asc" }, { id: "asc" }] }, _count: { select: { orderLinks: true, catalogs: true } } },
  });
}

export async function getRateGroup(brandId: string, id: string) {
  return prisma.shippingRateGroup.findFirst({ where: { id, brandId }, include: { rates: { orderBy: [{ minAmount: "asc" }, { id: "asc" }] } } });
}

export async function rateGroupOptions(brandId: string) {
  return prisma.shippingRateGroup.findMany({ where: { brandId }, orderBy: [{ currency: "asc" }, { name: "asc" }], select: { id: true, name: true, currency: true, country: true } });
}
