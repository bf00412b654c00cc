import { apiHandler } from "@/lib/api/handler";
import { listSkusForApi } from "@/lib/api/product-resources";
import { listSkus } from "@/lib/api/routes/products";

export const GET = apiHandler(listSkus, ({ staff, query }) => listSkusForApi(staff.brand.id, query));
