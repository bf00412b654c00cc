import "server-only";
// Settings > Webhooks: adding, editing, switching on and off, rotating the secret of and deleting a
// brand's endpoints. The signing secret is returned once, when made (add or rotate), and never
// again. Rotation keeps the old secret signing beside the new one for 24 hours; it is guarded on
// the secret it replaces, so two rotations at once give one new secret, not two that clash.
import { memberActor, recordAudit, type Acting } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AlreadyChangedError, AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { inDevelopmentMode } from "./development-mode";
import { endpointUrlProblem } from "./endpoint-url";
import type { WebhookEventType } from "./event-types";
import { newSigningSecret, sealSigningSecret } from "./secret";
import { ROTATION_OVERLAP_MS } from "./signing-secrets";

export const MAX_ENDPOINTS = 20;

type EndpointForm = { url: string; events: WebhookEventType[] };

const notFound = () => new NotFoundError(msg("webhooks.errors.endpointNotFound"));

/** The URL must suit the brand's mode (HTTPS, or localhost in development mode): a field error if not. */
async function checkUrl(brandId: string, url: string) {
  const brand = await prisma.brand.findUniqueOrThrow({ where: { id: brandId }, select: { webhookDevelopmentMode: true } });
  const problem = endpointUrlProblem(url, inDevelopmentMode(brand));
  if (problem) throw new AppError("VALIDATION", msg("errors.correctFields"), { url: problem });
}

const uniqueEvents = (events: WebhookEventType[]) => [...new Set(events)];

export async function createEndpoint(brandId: string, user: Acting, input: EndpointForm) {
  await checkUrl(brandId, input.url);
  if ((await prisma.webhookEndpoint.count({ where: { brandId } })) >= MAX_ENDPOINTS) {
    throw new AppError("WEBHOOK_ENDPOINT_LIMIT", msg("webhooks.errors.tooManyEndpoints", { max: MAX_ENDPOINTS }));
  }
  const secret = newSigningSecret();
  const endpoint = await prisma.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({ data: { brandId, url: input.url, events: uniqueEvents(input.events), secret: sealSigningSecret(secret) } });
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "WebhookEndpoint", entityId: created.id, action: "webhook.create", data: { url: created.url, events: created.events } });
    return created;
  });
  return { id: endpoint.id, secret };
}

export async function updateEndpoint(brandId: string, user: Acting, input: EndpointForm & { id: string }) {
  await checkUrl(brandId, input.url);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.webhookEndpoint.updateMany({ where: { id: input.id, brandId }, data: { url: input.url, events: uniqueEvents(input.events) } });
    if (updated.count === 0) throw notFound();
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "WebhookEndpoint", entityId: input.id, action: "webhook.update", data: { url: input.url, events: uniqueEvents(input.events) } });
    return { id: input.id };
  });
}

/** Enable / disable; asking for the state it already has changes nothing (changed: false). */
export async function setEndpointEnabled(brandId: string, user: Acting, input: { id: string; enabled: boolean }) {
  return prisma.$transaction(async (tx) => {
    const updated = await tx.webhookEndpoint.updateMany({ where: { id: input.id, brandId, enabled: !input.enabled }, data: { enabled: input.enabled } });
    if (updated.count === 0) {
      if (!(await tx.webhookEndpoint.findFirst({ where: { id: input.id, brandId }, select: { id: true } }))) throw notFound();
      return { id: input.id, enabled: input.enabled, changed: false };
    }
    await recordAudit(tx, {
      brandId, actor: memberActor(user), entityType: "WebhookEndpoint", entityId: input.id, action: input.enabled ? "webhook.enable" : "webhook.disable",
      from: input.enabled ? "DISABLED" : "ENABLED", to: input.enabled ? "ENABLED" : "DISABLED",
    });
    return { id: input.id, enabled: input.enabled, changed: true };
  });
}

export async function rotateEndpointSecret(brandId: string, user: Acting, id: string, now = new Date()) {
  const endpoint = await prisma.webhookEndpoint.findFirst({ where: { id, brandId }, select: { secret: true } });
  if (!endpoint) throw notFound();
  const secret = newSigningSecret();
  const previousValidUntil = new Date(now.getTime() + ROTATION_OVERLAP_MS);
  await prisma.$transaction(async (tx) => {
    const rotated = await tx.webhookEndpoint.updateMany({
      where: { id, brandId, secret: endpoint.secret },
      data: { secret: sealSigningSecret(secret), previousSecret: endpoint.secret, rotationOverlapUntil: previousValidUntil },
    });
    if (rotated.count === 0) throw new AlreadyChangedError("WEBHOOK_SECRET_ALREADY_ROTATED", msg("webhooks.errors.alreadyRotated"));
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "WebhookEndpoint", entityId: id, action: "webhook.rotate-secret", data: { previousValidUntil: previousValidUntil.toISOString() } });
  });
  return { id, secret, previousValidUntil };
}

/** Deletes the endpoint with its delivery log; its pending deliveries go with it. */
export async function deleteEndpoint(brandId: string, user: Acting, id: string) {
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({ where: { id, brandId }, select: { url: true } });
    const deleted = await tx.webhookEndpoint.deleteMany({ where: { id, brandId } });
    if (!endpoint || deleted.count === 0) throw notFound();
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "WebhookEndpoint", entityId: id, action: "webhook.delete", data: { url: endpoint.url } });
    return { id };
  });
}
