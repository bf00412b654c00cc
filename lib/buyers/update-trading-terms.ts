import "server-only";
// Trading terms of one connection (discount rate, currency, language, payment terms). They apply
// to the buyer's Buyer App and Customer Order Link prices from the next page they load.
import type { Actor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import type { Language } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

export type TradingTerms = { discountRate: number; currency: string; language: Language; paymentTerms?: string };

export async function updateTradingTerms(input: { brandId: string; buyerId: string; actor: Actor; terms: TradingTerms }) {
  const { brandId, buyerId, actor, terms } = input;
  return prisma.$transaction(async (tx) => {
    const before = await tx.connection.findUnique({
      where: { brandId_buyerId: { brandId, buyerId } },
      select: { id: true, discountRate: true, currency: true, language: true, paymentTerms: true },
    });
    if (!before) throw new NotFoundError(msg("buyers.errors.notConnected"));
    await tx.connection.update({
      where: { id: before.id },
      data: { discountRate: terms.discountRate, currency: terms.currency, language: terms.language, paymentTerms: terms.paymentTerms ?? null },
    });
    await recordAudit(tx, {
      brandId,
      actor,
      entityType: "Connection",
      entityId: before.id,
      action: "connection.terms.update",
      data: {
        before: { discountRate: Number(before.discountRate), currency: before.currency, language: before.language, paymentTerms: before.paymentTerms },
        after: { discountRate: terms.discountRate, currency: terms.currency, language: terms.language, paymentTerms: terms.paymentTerms ?? null },
      },
    });
    return { connectionId: before.id };
  });
}
