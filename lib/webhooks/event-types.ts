// The events a webhook endpoint can subscribe to, and the one only "Send test event" sends.
export const WEBHOOK_EVENT_TYPES = [
  "order.placed",
  "order.oc_confirmed",
  "order.rejected",
  "order.released",
  "order.cancelled",
  "delivery_note.created",
  "connection.closed",
  "connection.reconnected",
  "inventory.low",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent by "Send test event" to one endpoint, whatever it subscribes to. */
export const TEST_EVENT_TYPE = "webhook.test";
