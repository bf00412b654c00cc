import "server-only";
// "Send test event" (a webhook.test event to one endpoint, whatever it subscribes to) and "Resend"
// (the same event to the same endpoint again, as a new delivery in the log). Both are written like
// any event (event, delivery, job); the action then runs the worker at once.
import { memberActor, recordAudit, type Acting } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { enqueueJobs } from "@/lib/jobs/enqueue";
import { writeEvents } from "./emit";
import { TEST_EVENT_TYPE } from "./event-types";

const disabled = () => new AppError("WEBHOOK_ENDPOINT_DISABLED", msg("webhooks.errors.endpointDisabled"));

export async function sendTestEvent(brandId: string, user: Acting, endpointId: string) {
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({ where: { id: endpointId, brandId }, select: { id: true, url: true, enabled: true } });
    if (!endpoint) throw new NotFoundError(msg("webhooks.errors.endpointNotFound"));
    if (!endpoint.enabled) throw disabled();
    await writeEvents(tx, brandId, TEST_EVENT_TYPE, [{ endpoint: { id: endpoint.id, url: endpoint.url } }], [endpoint.id]);
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "WebhookEndpoint", entityId: endpoint.id, action: "webhook.test" });
    return { endpointId: endpoint.id };
  });
}

export async function resendDelivery(brandId: string, user: Acting, deliveryId: string) {
  return prisma.$transaction(async (tx) => {
    const original = await tx.webhookDelivery.findFirst({ where: { id: deliveryId, brandId }, select: { eventId: true, endpoint: { select: { id: true, enabled: true } } } });
    if (!original) throw new NotFoundError(msg("webhooks.errors.deliveryNotFound"));
    if (!original.endpoint.enabled) throw disabled();
    const delivery = await tx.webhookDelivery.create({ data: { brandId, endpointId: original.endpoint.id, eventId: original.eventId }, select: { id: true } });
    await enqueueJobs(tx, [{ kind: "webhook.deliver", brandId, payload: { deliveryId: delivery.id } }]);
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "WebhookEndpoint", entityId: original.endpoint.id, action: "webhook.resend", data: { deliveryId, eventId: original.eventId } });
    return { deliveryId: delivery.id };
  });
}
