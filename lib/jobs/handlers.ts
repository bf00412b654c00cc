import "server-only";
// Every kind of background job and its handler. The mail outbox (lib/mail) still has its own
// table and sweep; it can move here as a "mail.send" kind (see docs/webhooks.md, "Background jobs").
import { webhookDeliveryHandler } from "@/lib/webhooks/deliver-job";
import type { AnyJobHandler } from "./job-handler";

export const JOB_HANDLERS = {
  "webhook.deliver": webhookDeliveryHandler(),
} satisfies Record<string, AnyJobHandler>;

export type JobKind = keyof typeof JOB_HANDLERS;

/** Handlers by kind; tests pass their own (short timeouts, small retry limits). */
export type JobHandlers = Partial<Record<string, AnyJobHandler>>;
