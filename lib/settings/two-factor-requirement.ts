import "server-only";
// The Owner's "Require two-factor authentication for all staff" (Settings > Staff). Only an Owner
// changes it, and only once they have 2FA themselves: switching it on without would lock them out
// of their own admin. Enforcement lives with the brand context (lib/auth/two-factor/requirement).
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";
import { hasTwoFactor } from "@/lib/auth/two-factor/requirement";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

export async function setTwoFactorRequirement(ctx: BrandContext, required: boolean): Promise<{ required: boolean }> {
  if (ctx.role !== "OWNER") throw new AppError("FORBIDDEN", msg("settings.errors.twoFactorOwnerOnly"));
  if (required && !(await hasTwoFactor(ctx.user.id))) throw new AppError("TWO_FACTOR_SELF_FIRST", msg("settings.errors.twoFactorSelfFirst"));
  const brandId = ctx.brand.id;
  return prisma.$transaction(async (tx) => {
    // Written only when it changes: a repeated click records nothing.
    const changed = await tx.brand.updateMany({ where: { id: brandId, requireTwoFactor: !required }, data: { requireTwoFactor: required } });
    if (changed.count === 1) {
      await recordAudit(tx, { brandId, actor: memberActor(ctx.user), entityType: "Brand", entityId: brandId, action: "brand.two_factor.require", from: String(!required), to: String(required) });
    }
    return { required };
  });
}
