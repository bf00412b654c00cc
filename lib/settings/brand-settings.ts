import "server-only";
// General brand settings and add-ons, audit-logged.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { stripeKeysStatus } from "./queries";

export async function updateBrandSettings(ctx: BrandContext, values: { name: string; homeCountry: string; defaultCurrency: string }) {
  return prisma.$transaction(async (tx) => {
    await tx.brand.update({ where: { id: ctx.brand.id }, data: values });
    await recordAudit(tx, { brandId: ctx.brand.id, actor: memberActor(ctx.user), entityType: "Brand", entityId: ctx.brand.id, action: "brand.settings.update", data: values });
    return values;
  });
}

export async function updateAddOns(ctx: BrandContext, values: { stripeEnabled: boolean; nextEngineEnabled: boolean }) {
  const keys = stripeKeysStatus();
  if (values.stripeEnabled && !ctx.brand.stripeEnabled && !keys.secretKey) {
    throw new AppError("STRIPE_KEYS_MISSING", "Stripe keys are not configured on the server, so card payment cannot be turned on.");
  }
  return prisma.$transaction(async (tx) => {
    await tx.brand.update({ where: { id: ctx.brand.id }, data: values });
    await recordAudit(tx, { brandId: ctx.brand.id, actor: memberActor(ctx.user), entityType: "Brand", entityId: ctx.brand.id, action: "brand.addons.update", data: values });
    return values;
  });
}
