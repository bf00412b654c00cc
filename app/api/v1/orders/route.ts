import { apiHandler } from "@/lib/api/handler";
import { listOrdersForApi } from "@/lib/api/order-resources";
import { listOrders } from "@/lib/api/routes/orders";

export const GET = apiHandler(listOrders, ({ staff, query }) => listOrdersForApi(staff.brand, query));
