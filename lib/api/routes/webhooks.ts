// The webhook endpoints endpoints: list, add (the signing secret is in this answer only), delete,
// send a test event. Validated with the Settings › Webhooks form's schema, run by its functions.
import { endpointFormSchema } from "@/lib/webhooks/schemas";
import { webhookEndpointCreatedResource, webhookEndpointDeletedResource, webhookEndpointListResource, webhookTestResource } from "../resources";
import { defineRoute } from "../route";
import { idParamsSchema } from "../schemas";

export const listWebhookEndpoints = defineRoute({
  id: "listWebhookEndpoints", method: "GET", path: "/webhook-endpoints", scope: "webhooks:manage", group: "Webhooks",
  response: { status: 200, schema: webhookEndpointListResource },
});

export const createWebhookEndpoint = defineRoute({
  id: "createWebhookEndpoint", method: "POST", path: "/webhook-endpoints", scope: "webhooks:manage", group: "Webhooks", body: endpointFormSchema,
  response: { status: 201, schema: webhookEndpointCreatedResource },
  example: { body: { url: "https://erp.example.com/wholesale/webhooks", events: ["order.placed", "order.oc_confirmed", "inventory.low"] } },
});

export const deleteWebhookEndpoint = defineRoute({
  id: "deleteWebhookEndpoint", method: "DELETE", path: "/webhook-endpoints/{id}", scope: "webhooks:manage", group: "Webhooks", params: idParamsSchema,
  response: { status: 200, schema: webhookEndpointDeletedResource },
});

export const sendWebhookTestEvent = defineRoute({
  id: "sendWebhookTestEvent", method: "POST", path: "/webhook-endpoints/{id}/test", scope: "webhooks:manage", group: "Webhooks", params: idParamsSchema,
  response: { status: 200, schema: webhookTestResource },
});
