import { apiHandler } from "@/lib/api/handler";
import { confirmOrderOc } from "@/lib/api/routes/orders";
import { kickMailDelivery } from "@/lib/mail/deliver";
import { confirmOc } from "@/lib/orders/confirm-oc";

export const POST = apiHandler(confirmOrderOc, async ({ staff, body }) => {
  const result = await confirmOc(staff, body);
  if (result.notified) kickMailDelivery();
  return { id: result.id, status: result.status };
});
