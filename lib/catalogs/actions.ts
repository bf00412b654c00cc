"use server";
// Server actions of the catalog pages.
import { revalidatePath } from "next/cache";
import { brandAction } from "@/lib/actions/action-client";
import { addCatalogProducts, moveCatalogProduct, removeCatalogProduct, setCatalogProductOverride } from "./catalog-products";
import { searchConnectedBuyerOptions } from "./queries";
import { saveCatalog } from "./save-catalog";
import { addCatalogProductsSchema, buyerOptionSearchSchema, catalogProductOverrideSchema, catalogProductRefSchema, moveCatalogProductSchema, saveCatalogSchema } from "./schemas";

const P = { permission: "catalogs.manage" } as const;

function revalidateCatalog(id: string) {
  revalidatePath("/admin/catalogs");
  revalidatePath(`/admin/catalogs/${id}`);
}

export const saveCatalogAction = brandAction({ schema: saveCatalogSchema, ...P }, async (input, ctx) => {
  const result = await saveCatalog(ctx, input.catalog, input.id);
  revalidateCatalog(result.id);
  return result;
});

export const addCatalogProductsAction = brandAction({ schema: addCatalogProductsSchema, ...P }, async (input, ctx) => {
  const result = await addCatalogProducts(ctx.brand.id, ctx.user, input.catalogId, input.productIds);
  revalidateCatalog(input.catalogId);
  return result;
});

export const removeCatalogProductAction = brandAction({ schema: catalogProductRefSchema, ...P }, async (input, ctx) => {
  const result = await removeCatalogProduct(ctx.brand.id, ctx.user, input.catalogProductId);
  revalidateCatalog(result.catalogId);
  return result;
});

export const moveCatalogProductAction = brandAction({ schema: moveCatalogProductSchema, ...P }, async (input, ctx) => {
  const result = await moveCatalogProduct(ctx.brand.id, input.catalogProductId, input.direction);
  revalidatePath(`/admin/catalogs/${result.catalogId}`);
  return result;
});

export const setCatalogProductOverrideAction = brandAction({ schema: catalogProductOverrideSchema, ...P }, async (input, ctx) => {
  const result = await setCatalogProductOverride(ctx.brand.id, ctx.user, input);
  revalidatePath(`/admin/catalogs/${result.catalogId}`);
  return result;
});

/** The buyer picker of a Limited catalog: the brand's connected buyers matching a name. */
export const searchBuyerOptionsAction = brandAction({ schema: buyerOptionSearchSchema, ...P }, async (input, ctx) =>
  searchConnectedBuyerOptions(ctx.brand.id, input.q),
);
