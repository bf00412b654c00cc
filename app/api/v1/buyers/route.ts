import { listBuyersForApi } from "@/lib/api/buyer-resources";
import { apiHandler } from "@/lib/api/handler";
import { listBuyers } from "@/lib/api/routes/buyers";

export const GET = apiHandler(listBuyers, ({ staff, query }) => listBuyersForApi(staff.brand.id, query));
