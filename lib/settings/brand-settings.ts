import "server-only";
// General brand settings (name, home country, currency, language, time zone) and add-ons,
// audit-logged.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { stripeKeysStatus } from "./queries";
import type { BrandSettings } from "./schemas";

export async function updateBrandSettings(ctx: BrandContext, values: BrandSettings) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.brand.findUniqueOrThrow({ where: { id: ctx.brand.id }, select: { name: true, homeCountry: true, defaultCurrency: true, language: true, timeZone: true } });
    await tx.brand.update({ where: { id: ctx.brand.id }, data: values });
    await recordAudit(tx, { brandId: ctx.brand.id, actor: memberActor(ctx.user), entityType: "Brand", entityId: ctx.brand.id, action: "brand.settings.update", data: { ...values, before } });
    return values;
  });
}

export async function updateAddOns(ctx: BrandContext, values: { stripeEnabled: boolean; nextEngineEnabled: boolean }) {
  const keys = stripeKeysStatus();
  if (values.stripeEnabled && !ctx.brand.stripeEnabled && !keys.secretKey) {
    throw new AppError("STRIPE_KEYS_MISSING", msg("settings.errors.stripeKeysMissing"));
  }
  return prisma.$transaction(async (tx) => {
    await tx.brand.update({ where: { id: ctx.brand.id }, data: values });
    await recordAudit(tx, { brandId: ctx.brand.id, actor: memberActor(ctx.user), entityType: "Brand", entityId: ctx.brand.id, action: "brand.addons.update", data: values });
    return values;
  });
}
