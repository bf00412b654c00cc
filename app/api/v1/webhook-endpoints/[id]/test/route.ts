import { apiHandler } from "@/lib/api/handler";
import { sendWebhookTestEvent } from "@/lib/api/routes/webhooks";
import { kickJobs } from "@/lib/jobs/worker";
import { sendTestEvent } from "@/lib/webhooks/send";

export const POST = apiHandler(sendWebhookTestEvent, async ({ staff, params }) => {
  const result = await sendTestEvent(staff.brand.id, staff.user, params.id);
  kickJobs();
  return result;
});
