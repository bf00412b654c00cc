import "server-only";
// Customer Order Link login (email + password) of an offline buyer this brand manages. Several
// offline buyers may share one email; the password is stored only as a hash.
import type { Actor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashSecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { CEILING_KEYS, clearTargetCeiling } from "@/lib/rate-limit/target-ceiling";

export async function setOfflineLogin(input: { brandId: string; buyerId: string; actor: Actor; email: string; password: string }) {
  const { brandId, buyerId, actor } = input;
  const passwordHash = await hashSecret(input.password);
  return prisma.$transaction(async (tx) => {
    // Only the managing brand may change an offline buyer's login; others see no such buyer.
    const updated = await tx.buyer.updateMany({
      where: { id: buyerId, ownership: "OFFLINE", ownerBrandId: brandId },
      data: { linkLoginEmail: input.email, linkLoginPasswordHash: passwordHash },
    });
    if (updated.count === 0) {
      throw new AppError("NOT_FOUND", msg("buyers.errors.offlineLoginOnly"));
    }
    await recordAudit(tx, { brandId, actor, entityType: "Buyer", entityId: buyerId, action: "buyer.link-login.set", data: { email: input.email } });
    return { buyerId };
  }).then(async (result) => {
    // A new password: guesses at the old one no longer slow this login down.
    await clearTargetCeiling(CEILING_KEYS.offlineLogin(brandId, input.email));
    return result;
  });
}
