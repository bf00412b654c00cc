import "server-only";
// Webhook events are written in the transaction of the change they report (an outbox): a rolled-
// back change sends nothing and a committed one is never lost. Each transition calls
// emitWebhookEvent once. When no enabled endpoint of the brand subscribes to the type, that costs
// one indexed read and writes nothing (a payload given as a function is not even built); else one
// event row, one delivery row per subscribed endpoint and one job per delivery.
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueJobs } from "@/lib/jobs/enqueue";
import type { WebhookEventType } from "./event-types";

export type WebhookData = Prisma.InputJsonObject;
type Lazy<T> = T | (() => Promise<T>);

type Db = Pick<Tx, "webhookEndpoint" | "webhookEvent" | "webhookDelivery" | "job">;

export function emitWebhookEvent(tx: Db, brandId: string, type: WebhookEventType, data: Lazy<WebhookData>): Promise<number> {
  return emitWebhookEvents(tx, brandId, type, async () => [typeof data === "function" ? await data() : data]);
}

/** Several events of one type at once (a bulk release): one subscription check, set-based writes. */
export async function emitWebhookEvents(tx: Db, brandId: string, type: WebhookEventType, data: Lazy<WebhookData[]>): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { brandId, enabled: true, events: { has: type } }, select: { id: true } });
  if (endpoints.length === 0) return 0;
  const list = typeof data === "function" ? await data() : data;
  if (list.length === 0) return 0;
  return writeEvents(tx, brandId, type, list, endpoints.map((e) => e.id));
}

/** Event rows, their deliveries to the given endpoints and the jobs that send them. */
export async function writeEvents(tx: Db, brandId: string, type: string, list: WebhookData[], endpointIds: string[]): Promise<number> {
  const events = await tx.webhookEvent.createManyAndReturn({ data: list.map((d) => ({ brandId, type, data: d })), select: { id: true } });
  const deliveries = await tx.webhookDelivery.createManyAndReturn({
    data: events.flatMap((event) => endpointIds.map((endpointId) => ({ brandId, endpointId, eventId: event.id }))),
    select: { id: true },
  });
  await enqueueJobs(tx, deliveries.map((d) => ({ kind: "webhook.deliver", brandId, payload: { deliveryId: d.id } })));
  return events.length;
}
