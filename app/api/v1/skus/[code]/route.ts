import { apiHandler } from "@/lib/api/handler";
import { getSkuForApi } from "@/lib/api/product-resources";
import { getSku } from "@/lib/api/routes/products";

export const GET = apiHandler(getSku, ({ staff, params }) => getSkuForApi(staff.brand.id, params.code));
