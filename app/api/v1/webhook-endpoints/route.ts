import { apiHandler } from "@/lib/api/handler";
import { createWebhookEndpoint, listWebhookEndpoints } from "@/lib/api/routes/webhooks";
import { listWebhookEndpointsForApi, webhookEndpointForApi } from "@/lib/api/webhook-resources";
import { createEndpoint } from "@/lib/webhooks/endpoints";

export const GET = apiHandler(listWebhookEndpoints, ({ staff }) => listWebhookEndpointsForApi(staff.brand.id));

export const POST = apiHandler(createWebhookEndpoint, async ({ staff, body }) => {
  const { id, secret } = await createEndpoint(staff.brand.id, staff.user, body);
  return { ...(await webhookEndpointForApi(staff.brand.id, id)), secret };
});
