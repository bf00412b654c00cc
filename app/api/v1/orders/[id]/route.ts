import { apiHandler } from "@/lib/api/handler";
import { getOrderForApi } from "@/lib/api/order-resources";
import { getOrder } from "@/lib/api/routes/orders";

export const GET = apiHandler(getOrder, ({ staff, params }) => getOrderForApi(staff.brand, params.id));
