"use server";
// Server actions of Settings › API keys (Owner and Admin: the settings permission).
import { revalidatePath } from "next/cache";
import { brandAction } from "@/lib/actions/action-client";
import { createApiKey } from "./create-api-key";
import { revokeApiKey } from "./revoke-api-key";
import { createApiKeySchema, revokeApiKeySchema } from "./schemas";

const PERMISSION = "settings.manage" as const;

export const createApiKeyAction = brandAction({ schema: createApiKeySchema, permission: PERMISSION }, async (input, ctx) => {
  const key = await createApiKey(ctx, input);
  revalidatePath("/admin/settings/api-keys");
  return key;
});

export const revokeApiKeyAction = brandAction({ schema: revokeApiKeySchema, permission: PERMISSION }, async (input, ctx) => {
  const result = await revokeApiKey(ctx, input.id);
  revalidatePath("/admin/settings/api-keys");
  return result;
});
