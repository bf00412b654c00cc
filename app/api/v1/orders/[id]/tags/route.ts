import { apiHandler } from "@/lib/api/handler";
import { addOrderTags as addOrderTagsRoute } from "@/lib/api/routes/orders";
import { addOrderTags } from "@/lib/orders/add-order-tags";

export const POST = apiHandler(addOrderTagsRoute, ({ staff, body }) => addOrderTags(staff, body));
