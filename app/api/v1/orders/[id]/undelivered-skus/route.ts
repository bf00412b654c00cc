import { apiHandler } from "@/lib/api/handler";
import { createUndeliveredSkus as createUndeliveredSkusRoute } from "@/lib/api/routes/orders";
import { createUndeliveredSkus } from "@/lib/orders/create-undelivered-skus";

export const POST = apiHandler(createUndeliveredSkusRoute, ({ staff, body }) => createUndeliveredSkus(staff, body));
