import { apiHandler } from "@/lib/api/handler";
import { deleteWebhookEndpoint } from "@/lib/api/routes/webhooks";
import { deleteEndpoint } from "@/lib/webhooks/endpoints";

export const DELETE = apiHandler(deleteWebhookEndpoint, async ({ staff, params }) => {
  const { id } = await deleteEndpoint(staff.brand.id, staff.user, params.id);
  return { id, deleted: true as const };
});
