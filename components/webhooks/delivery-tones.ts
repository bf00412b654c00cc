// How each delivery status looks in the endpoint list and the delivery log.
import type { BadgeTone } from "@/components/ui/badge";
import type { WebhookDeliveryStatus } from "@/lib/db/generated/enums";

export const DELIVERY_TONES: Record<WebhookDeliveryStatus, BadgeTone> = { PENDING: "amber", DELIVERED: "green", RETRYING: "amber", DEAD: "red" };
