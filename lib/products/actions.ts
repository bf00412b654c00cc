"use server";
// Server actions of the product pages; each validates with the form's schema and calls one
// domain function.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { brandAction } from "@/lib/actions/action-client";
import { searchText } from "@/lib/pagination/search-text";
import { adjustStock } from "./adjust-stock";
import { searchProductOptions } from "./queries";
import { saveProduct } from "./save-product";
import { setProductArchived } from "./archive-product";
import { addProductImage, removeProductImage } from "./product-images";
import { adjustStockSchema, archiveProductSchema, saveProductSchema } from "./schemas";

const P = { permission: "catalogs.manage" } as const;

export const saveProductAction = brandAction({ schema: saveProductSchema, ...P }, async (input, ctx) => {
  const result = await saveProduct(ctx.brand.id, ctx.user, input.product, input.id);
  revalidatePath("/admin/products");
  revalidatePath(`/admin/products/${result.id}`);
  return result;
});

export const archiveProductAction = brandAction({ schema: archiveProductSchema, ...P }, async (input, ctx) => {
  const result = await setProductArchived(ctx.brand.id, ctx.user, input.id, input.archived);
  revalidatePath("/admin/products");
  revalidatePath(`/admin/products/${input.id}`);
  return result;
});

export const adjustStockAction = brandAction({ schema: adjustStockSchema, ...P }, async (input, ctx) => {
  const result = await adjustStock(ctx.brand.id, ctx.user, input);
  revalidatePath(`/admin/products/${result.productId}`);
  return result;
});

const uploadSchema = z.instanceof(FormData);

export const addProductImageAction = brandAction({ schema: uploadSchema, ...P }, async (form, ctx) => {
  const productId = String(form.get("productId") ?? "");
  const result = await addProductImage(ctx.brand.id, ctx.user, productId, form.get("file"));
  revalidatePath(`/admin/products/${productId}`);
  return result;
});

export const removeProductImageAction = brandAction({ schema: z.object({ imageId: z.string().min(1) }), ...P }, async (input, ctx) => {
  const result = await removeProductImage(ctx.brand.id, ctx.user, input.imageId);
  revalidatePath(`/admin/products/${result.productId}`);
  return result;
});

/** Product picker (catalog "Add products", lookbook credits): active products matching a search. */
export const searchProductOptionsAction = brandAction({ schema: z.object({ q: searchText }), ...P }, async (input, ctx) =>
  searchProductOptions(ctx.brand.id, input.q),
);
