// Zod schemas of Settings > Webhooks: endpoints (URL and events), their row actions, the delivery
// log's Resend, and the brand's webhook settings (inventory.low threshold, development mode).
// Whether an http:// URL is allowed depends on the brand (endpoint-url.ts), so the domain function
// checks that after these.
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";
import { parseWebhookUrl } from "./endpoint-url";
import { WEBHOOK_EVENT_TYPES } from "./event-types";

export const WEBHOOK_URL_MAX = 2000;
export const LOW_STOCK_THRESHOLD_MAX = 1_000_000;

const idSchema = z.string().min(1).max(100);

export const endpointFormSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, msg("webhooks.errors.urlRequired"))
    .max(WEBHOOK_URL_MAX)
    .refine((url) => parseWebhookUrl(url) !== null, msg("webhooks.errors.urlInvalid")),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES, { message: msg("webhooks.errors.unknownEvent") })).min(1, msg("webhooks.errors.eventsRequired")).max(WEBHOOK_EVENT_TYPES.length * 2),
});
export type EndpointFormInput = z.input<typeof endpointFormSchema>;

export const updateEndpointSchema = endpointFormSchema.extend({ id: idSchema });
export const endpointRefSchema = z.object({ id: idSchema });
export const setEndpointEnabledSchema = z.object({ id: idSchema, enabled: z.boolean() });
export const deliveryRefSchema = z.object({ deliveryId: idSchema });

export const webhookSettingsSchema = z.object({
  lowStockThreshold: z.coerce
    .number({ message: msg("validation.wholeNumber") })
    .int(msg("validation.wholeNumber"))
    .min(1, msg("webhooks.errors.threshold"))
    .max(LOW_STOCK_THRESHOLD_MAX, msg("webhooks.errors.threshold")),
  developmentMode: z.boolean(),
});
export type WebhookSettingsInput = z.input<typeof webhookSettingsSchema>;
