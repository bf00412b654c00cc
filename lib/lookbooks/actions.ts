"use server";
// Server actions of the lookbook pages.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { brandAction } from "@/lib/actions/action-client";
import { addLookbookImage, deleteLookbook, removeLookbookImage, saveLookbook, updateLookbookImage } from "./manage-lookbooks";
import { lookbookImageRefSchema, lookbookImageSchema, lookbookRefSchema, saveLookbookSchema } from "./schemas";

const P = { permission: "catalogs.manage" } as const;

function revalidateLookbook(id: string) {
  revalidatePath("/admin/lookbooks");
  revalidatePath(`/admin/lookbooks/${id}`);
}

export const saveLookbookAction = brandAction({ schema: saveLookbookSchema, ...P }, async (input, ctx) => {
  const result = await saveLookbook(ctx.brand.id, ctx.user, input.lookbook, input.id);
  revalidateLookbook(result.id);
  return result;
});

export const deleteLookbookAction = brandAction({ schema: lookbookRefSchema, ...P }, async (input, ctx) => {
  const result = await deleteLookbook(ctx.brand.id, ctx.user, input.id);
  revalidatePath("/admin/lookbooks");
  return result;
});

export const addLookbookImageAction = brandAction({ schema: z.instanceof(FormData), ...P }, async (form, ctx) => {
  const lookbookId = String(form.get("lookbookId") ?? "");
  const result = await addLookbookImage(ctx.brand.id, ctx.user, lookbookId, form.get("file"));
  revalidateLookbook(lookbookId);
  return result;
});

export const updateLookbookImageAction = brandAction({ schema: lookbookImageSchema, ...P }, async (input, ctx) => {
  const result = await updateLookbookImage(ctx.brand.id, ctx.user, input);
  revalidateLookbook(result.lookbookId);
  return result;
});

export const removeLookbookImageAction = brandAction({ schema: lookbookImageRefSchema, ...P }, async (input, ctx) => {
  const result = await removeLookbookImage(ctx.brand.id, ctx.user, input.imageId);
  revalidateLookbook(result.lookbookId);
  return result;
});
