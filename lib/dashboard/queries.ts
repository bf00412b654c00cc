import "server-only";
// Counts on the brand dashboard, each scoped to the brand.
import { prisma } from "@/lib/db/client";

export async function getDashboardCounts(brandId: string) {
  const [openLinks, connectedBuyers, awaitingOc, toShip, failedToRelease, openCatalogs] = await Promise.all([
    prisma.orderLink.count({ where: { brandId, status: "OPEN" } }),
    prisma.connection.count({ where: { brandId, status: "CONNECTED" } }),
    prisma.order.count({ where: { brandId, status: "PLEASE_CREATE_OC" } }),
    prisma.order.count({ where: { brandId, releaseStatus: "NOT_YET_RELEASED" } }),
    prisma.order.count({ where: { brandId, releaseStatus: "FAILED_TO_RELEASE" } }),
    prisma.catalog.count({ where: { brandId, status: { in: ["OPEN", "LIMITED"] } } }),
  ]);
  return { openLinks, connectedBuyers, awaitingOc, toShip, failedToRelease, openCatalogs };
}
