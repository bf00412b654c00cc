import "server-only";
// Webhook endpoints as the integration API reads them (never their secrets).
import { prisma } from "@/lib/db/client";
import type { Resource, webhookEndpointResource } from "./resources";

type Row = { id: string; url: string; events: string[]; enabled: boolean; createdAt: Date };

export function webhookEndpointOf(row: Row): Resource<typeof webhookEndpointResource> {
  return { id: row.id, url: row.url, events: row.events, enabled: row.enabled, createdAt: row.createdAt.toISOString() };
}

export async function listWebhookEndpointsForApi(brandId: string) {
  const rows = await prisma.webhookEndpoint.findMany({ where: { brandId }, orderBy: { createdAt: "asc" }, select: { id: true, url: true, events: true, enabled: true, createdAt: true } });
  return { data: rows.map(webhookEndpointOf) };
}

export async function webhookEndpointForApi(brandId: string, id: string) {
  return webhookEndpointOf(await prisma.webhookEndpoint.findFirstOrThrow({ where: { id, brandId }, select: { id: true, url: true, events: true, enabled: true, createdAt: true } }));
}
