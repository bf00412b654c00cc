"use server";
// Server actions of Settings > Tags. (The confirmation modal creates tags through
// lib/orders/actions.ts with the same createTag.)
import { revalidatePath } from "next/cache";
import { brandAction } from "@/lib/actions/action-client";
import { createTag, deleteTag, renameTag } from "./manage-tags";
import { createTagSchema, deleteTagSchema, renameTagSchema } from "./schemas";

const P = { permission: "settings.manage" } as const;
const PATH = "/admin/settings/tags";

export const createTagAction = brandAction({ schema: createTagSchema, ...P }, async (input, ctx) => {
  const result = await createTag(ctx.brand.id, ctx.user, input.name, { ifExists: "refuse" });
  revalidatePath(PATH);
  return result;
});

export const renameTagAction = brandAction({ schema: renameTagSchema, ...P }, async (input, ctx) => {
  const result = await renameTag(ctx.brand.id, ctx.user, input.id, input.name);
  revalidatePath(PATH);
  return result;
});

export const deleteTagAction = brandAction({ schema: deleteTagSchema, ...P }, async (input, ctx) => {
  const result = await deleteTag(ctx.brand.id, ctx.user, input.id);
  revalidatePath(PATH);
  return result;
});
