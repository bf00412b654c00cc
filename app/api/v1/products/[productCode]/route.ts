import { apiHandler } from "@/lib/api/handler";
import { getProductForApi } from "@/lib/api/product-resources";
import { getProduct, upsertProduct as upsertProductRoute } from "@/lib/api/routes/products";
import { upsertProduct } from "@/lib/api/upsert-product";

export const GET = apiHandler(getProduct, ({ staff, params }) => getProductForApi(staff.brand.id, params.productCode));

export const PUT = apiHandler(upsertProductRoute, async ({ staff, body }) => {
  await upsertProduct(staff.brand.id, staff.user, body);
  return getProductForApi(staff.brand.id, body.productCode);
});
