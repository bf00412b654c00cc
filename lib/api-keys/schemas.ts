// Inputs of Settings › API keys: a new key's name and scopes, and the key to revoke.
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";
import { API_SCOPES } from "./scopes";

export const API_KEY_NAME_MAX = 60;

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, msg("api.keys.errors.nameRequired")).max(API_KEY_NAME_MAX),
  scopes: z
    .array(z.enum(API_SCOPES))
    .min(1, msg("api.keys.errors.scopeRequired"))
    .max(API_SCOPES.length)
    .transform((scopes) => [...new Set(scopes)]),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.string().min(1).max(64) });
