import "server-only";
// Revokes a brand's API key: requests with it answer 401 from then on. Guarded in the write, so
// revoking twice (two clicks, two admins) makes one revocation and one audit event; the second
// gets an "already revoked" answer.
import { memberActor, recordAudit, type Acting } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

export async function revokeApiKey(ctx: { brand: { id: string }; user: Acting }, id: string) {
  const brandId = ctx.brand.id;
  return prisma.$transaction(async (tx) => {
    const revoked = await tx.apiKey.updateMany({ where: { id, brandId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count === 0) {
      const key = await tx.apiKey.findFirst({ where: { id, brandId }, select: { id: true } });
      if (!key) throw new NotFoundError(msg("api.keys.errors.notFound"));
      throw new AlreadyChangedError("API_KEY_ALREADY_REVOKED", msg("api.keys.errors.alreadyRevoked"));
    }
    const key = await tx.apiKey.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, revokedAt: true } });
    await recordAudit(tx, { brandId, actor: memberActor(ctx.user), entityType: "ApiKey", entityId: id, action: "api-key.revoke", data: { name: key.name } });
    return { id, revokedAt: key.revokedAt! };
  });
}
