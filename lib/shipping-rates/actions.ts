"use server";
// Server actions of Settings > Shipping Rate Groups.
import { revalidatePath } from "next/cache";
import { brandAction } from "@/lib/actions/action-client";
import { deleteRateGroup, saveRateGroup } from "./save-rate-group";
import { deleteRateGroupSchema, saveRateGroupSchema } from "./schemas";

const P = { permission: "settings.manage" } as const;

export const saveRateGroupAction = brandAction({ schema: saveRateGroupSchema, ...P }, async (input, ctx) => {
  const result = await saveRateGroup(ctx.brand.id, ctx.user, input.group, input.id);
  revalidatePath("/admin/settings/shipping-rates");
  return result;
});

export const deleteRateGroupAction = brandAction({ schema: deleteRateGroupSchema, ...P }, async (input, ctx) => {
  const result = await deleteRateGroup(ctx.brand.id, ctx.user, input.id);
  revalidatePath("/admin/settings/shipping-rates");
  return result;
});
