import "server-only";
// Reads of Settings > Webhooks: the brand's endpoints and settings, one endpoint, its delivery log.
import { prisma } from "@/lib/db/client";
import type { PageParams } from "@/lib/pagination/page-params";
import { developmentModeAllowed } from "./development-mode";

export async function webhookSettings(brandId: string) {
  const brand = await prisma.brand.findUniqueOrThrow({ where: { id: brandId }, select: { lowStockThreshold: true, webhookDevelopmentMode: true } });
  return { lowStockThreshold: brand.lowStockThreshold, developmentMode: brand.webhookDevelopmentMode, developmentModeAllowed: developmentModeAllowed() };
}

export function listEndpoints(brandId: string) {
  return prisma.webhookEndpoint.findMany({
    where: { brandId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true, url: true, events: true, enabled: true, createdAt: true,
      deliveries: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, createdAt: true } },
    },
  });
}

/** One endpoint of the brand, or null (another brand's id reads as missing). */
export function getEndpoint(brandId: string, id: string) {
  return prisma.webhookEndpoint.findFirst({
    where: { id, brandId },
    select: { id: true, url: true, events: true, enabled: true, createdAt: true, rotationOverlapUntil: true },
  });
}

export async function listDeliveries(brandId: string, endpointId: string, page: PageParams) {
  const where = { brandId, endpointId };
  const [rows, total] = await Promise.all([
    prisma.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true, status: true, attempts: true, responseStatus: true, durationMs: true, lastError: true, nextAttemptAt: true, deliveredAt: true, createdAt: true,
        event: { select: { id: true, type: true } },
      },
    }),
    prisma.webhookDelivery.count({ where }),
  ]);
  return { rows, total };
}
