import "server-only";
// The "webhook.deliver" job: one delivery (an event for an endpoint) per job. Each attempt POSTs
// { id, type, createdAt, data } signed with the endpoint's secret (and, during a rotation's
// overlap, its previous one), and writes the attempt into the delivery log with the job's new state
// (delivered, retrying at ..., or dead). A deleted endpoint's deliveries are gone with it: nothing
// to do. A disabled endpoint's pending deliveries end DEAD (staff can resend them later).
import { z } from "zod";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "@/lib/jobs/backoff";
import type { JobAttempt, JobHandler, JobOutcome } from "@/lib/jobs/job-handler";
import type { Tx } from "@/lib/db/client";
import type { WebhookDeliveryStatus } from "@/lib/db/generated/enums";
import { msg } from "@/lib/i18n/message-text";
import { inDevelopmentMode } from "./development-mode";
import { postWebhook, type PostOutcome } from "./post";
import { signingSecrets } from "./signing-secrets";
import { signatureHeader } from "./signature";

export const DELIVERY_TIMEOUT_MS = 5_000;

const payloadSchema = z.object({ deliveryId: z.string().min(1) });

const STATUS_AFTER: Record<JobOutcome["status"], WebhookDeliveryStatus> = { DONE: "DELIVERED", PENDING: "RETRYING", DEAD: "DEAD" };

export function webhookDeliveryHandler(options: { timeoutMs?: number; policy?: RetryPolicy } = {}): JobHandler<z.infer<typeof payloadSchema>> {
  return {
    payload: payloadSchema,
    policy: options.policy ?? DEFAULT_RETRY_POLICY,
    async run({ deliveryId }, { db, attempt, now }): Promise<JobAttempt> {
      const delivery = await db.webhookDelivery.findUnique({
        where: { id: deliveryId },
        include: { event: true, endpoint: { include: { brand: { select: { webhookDevelopmentMode: true } } } } },
      });
      if (!delivery) return { ok: true };
      const { endpoint, event } = delivery;
      const record = (result: Omit<PostOutcome, "ok">) => (tx: Tx, outcome: JobOutcome) =>
        tx.webhookDelivery.updateMany({
          where: { id: deliveryId },
          data: {
            status: STATUS_AFTER[outcome.status], attempts: attempt, responseStatus: result.status, durationMs: result.durationMs, lastError: result.error,
            nextAttemptAt: outcome.status === "PENDING" ? outcome.runAt : null, deliveredAt: outcome.status === "DONE" ? now : null,
          },
        });
      if (!endpoint.enabled) {
        const error = msg("webhooks.deliveryErrors.disabled");
        return { ok: false, final: true, error, record: record({ status: null, durationMs: 0, error }) };
      }
      const secrets = signingSecrets(endpoint, now);
      if (!secrets) {
        const error = msg("webhooks.deliveryErrors.secretUnreadable");
        return { ok: false, final: true, error, record: record({ status: null, durationMs: 0, error }) };
      }
      const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: event.data });
      // The time of sending (receivers compare it with their clock to refuse replays).
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = { "Webhook-Id": event.id, "Webhook-Timestamp": String(timestamp), "Webhook-Signature": signatureHeader(secrets, timestamp, body) };
      const result = await postWebhook(endpoint.url, body, headers, {
        timeoutMs: options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
        allowPrivate: inDevelopmentMode(endpoint.brand),
      });
      return { ok: result.ok, error: result.error ?? undefined, record: record(result) };
    },
  };
}
