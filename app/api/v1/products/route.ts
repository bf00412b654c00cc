import { apiHandler } from "@/lib/api/handler";
import { listProductsForApi } from "@/lib/api/product-resources";
import { listProducts } from "@/lib/api/routes/products";

export const GET = apiHandler(listProducts, ({ staff, query }) => listProductsForApi(staff.brand.id, query));
