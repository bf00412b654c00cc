// The products and SKUs endpoints: read by product ID and SKU code, and the upsert through the
// spreadsheet import's own checks (lib/api/upsert-product.ts).
import { productListResource, productResource, skuListResource, skuResource } from "../resources";
import { defineRoute } from "../route";
import { productCodeParamsSchema, productListQuerySchema, productUpsertSchema, skuCodeParamsSchema, skuListQuerySchema } from "../schemas";

export const listProducts = defineRoute({
  id: "listProducts", method: "GET", path: "/products", scope: "products:read", group: "Products", query: productListQuerySchema,
  response: { status: 200, schema: productListResource }, example: { query: "limit=50" },
});

export const getProduct = defineRoute({
  id: "getProduct", method: "GET", path: "/products/{productCode}", scope: "products:read", group: "Products", params: productCodeParamsSchema,
  response: { status: 200, schema: productResource }, example: { pathValues: { productCode: "AA-1001" } },
});

export const upsertProduct = defineRoute({
  id: "upsertProduct", method: "PUT", path: "/products/{productCode}", scope: "products:write", group: "Products", params: productCodeParamsSchema,
  body: productUpsertSchema, bodyFromPath: { productCode: "productCode" },
  response: { status: 200, schema: productResource },
  example: {
    pathValues: { productCode: "AA-1001" },
    body: {
      name: "Linen Shirt", deliveryName: "Linen Shirt",
      skus: [{ code: "AA-1001-NAV-M", color: "Navy", size: "M", stock: 40, prices: [{ currency: "JPY", wholesalePrice: 6800, retailPrice: 13600 }] }],
    },
  },
});

export const listSkus = defineRoute({
  id: "listSkus", method: "GET", path: "/skus", scope: "products:read", group: "Products", query: skuListQuerySchema,
  response: { status: 200, schema: skuListResource }, example: { query: "product=AA-1001" },
});

export const getSku = defineRoute({
  id: "getSku", method: "GET", path: "/skus/{code}", scope: "products:read", group: "Products", params: skuCodeParamsSchema,
  response: { status: 200, schema: skuResource }, example: { pathValues: { code: "AA-1001-NAV-M" } },
});
