import { apiHandler } from "@/lib/api/handler";
import { rejectOrder as rejectOrderRoute } from "@/lib/api/routes/orders";
import { kickMailDelivery } from "@/lib/mail/deliver";
import { rejectOrder } from "@/lib/orders/reject-order";

export const POST = apiHandler(rejectOrderRoute, async ({ staff, body }) => {
  const result = await rejectOrder(staff, body);
  kickMailDelivery();
  return result;
});
