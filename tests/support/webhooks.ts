// Webhook test helpers: an endpoint made directly (its plain secret returned), development mode,
// and the documented verification snippet (documented-verifier.ts).
import { prisma } from "@/lib/db/client";
import { newSigningSecret, sealSigningSecret } from "@/lib/webhooks/secret";
import type { WebhookEventType } from "@/lib/webhooks/event-types";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";

export async function createEndpoint(brandId: string, url: string, options: { events?: readonly WebhookEventType[]; enabled?: boolean } = {}) {
  const secret = newSigningSecret();
  const endpoint = await prisma.webhookEndpoint.create({
    data: { brandId, url, events: [...(options.events ?? WEBHOOK_EVENT_TYPES)], enabled: options.enabled ?? true, secret: sealSigningSecret(secret) },
  });
  return { ...endpoint, plainSecret: secret };
}

export async function setDevelopmentMode(brandId: string, on = true) {
  await prisma.brand.update({ where: { id: brandId }, data: { webhookDevelopmentMode: on } });
}

export { documentedVerifier } from "./documented-verifier";
