import "server-only";
// The brand's webhook settings: the inventory.low threshold and development mode (which only a
// server that allows it accepts, see development-mode.ts).
import { memberActor, recordAudit, type Acting } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { developmentModeAllowed } from "./development-mode";

export async function updateWebhookSettings(brandId: string, user: Acting, input: { lowStockThreshold: number; developmentMode: boolean }) {
  if (input.developmentMode && !developmentModeAllowed()) {
    throw new AppError("VALIDATION", msg("errors.correctFields"), { developmentMode: msg("webhooks.errors.developmentModeNotAllowed") });
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.brand.findUniqueOrThrow({ where: { id: brandId }, select: { lowStockThreshold: true, webhookDevelopmentMode: true } });
    await tx.brand.update({ where: { id: brandId }, data: { lowStockThreshold: input.lowStockThreshold, webhookDevelopmentMode: input.developmentMode } });
    await recordAudit(tx, {
      brandId, actor: memberActor(user), entityType: "Brand", entityId: brandId, action: "webhook.settings",
      data: { before: { lowStockThreshold: before.lowStockThreshold, developmentMode: before.webhookDevelopmentMode }, after: input },
    });
    return input;
  });
}
