import "server-only";
// Creates a brand's API key: the secret is returned this once (the settings dialog shows it with a
// copy button) and only its hash and visible prefix are stored.
import { memberActor, recordAudit, type Acting } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import type { z } from "zod";
import type { createApiKeySchema } from "./schemas";
import { scopeToDb } from "./scopes";
import { newApiKeySecret } from "./secret";

export async function createApiKey(ctx: { brand: { id: string }; user: Acting }, input: z.infer<typeof createApiKeySchema>) {
  const { secret, prefix, hash } = newApiKeySecret();
  return prisma.$transaction(async (tx) => {
    const key = await tx.apiKey.create({
      data: { brandId: ctx.brand.id, name: input.name, prefix, secretHash: hash, scopes: input.scopes.map(scopeToDb), createdByUserId: ctx.user.id },
      select: { id: true, name: true, prefix: true },
    });
    await recordAudit(tx, { brandId: ctx.brand.id, actor: memberActor(ctx.user), entityType: "ApiKey", entityId: key.id, action: "api-key.create", data: { name: input.name, scopes: input.scopes } });
    return { ...key, secret };
  });
}
