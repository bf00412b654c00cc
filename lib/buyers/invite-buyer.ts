import "server-only";
// Invite a buyer by email, or offer a connection to the customer-owned organization that already
// uses that email. The invitation carries the trading terms the connection will start with; its
// e-mail goes through the outbox in the same transaction, with a link to the invitation page
// (/invitations/<token>, where an address with no account creates one). Only the token's hash is kept.
import type { Actor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockForTransaction } from "@/lib/db/advisory-lock";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { newSecretToken } from "@/lib/auth/secret-token";
import { expiredBuyerInvitationWhere, openBuyerInvitationWhere } from "./invitation-validity";
import { enqueueEmail, recipientLocale } from "@/lib/mail/outbox";
import type { TradingTerms } from "./update-trading-terms";
import { msg } from "@/lib/i18n/message-text";

export async function inviteBuyer(input: { brandId: string; actor: Actor; email: string; terms: TradingTerms; appUrl: string }) {
  const { brandId, actor, email, terms } = input;
  return prisma.$transaction(async (tx) => {
    // One invitation per e-mail at a time: a double submit waits here, then finds the first one.
    await lockForTransaction(tx, `buyer-invitation:${brandId}:${email.toLowerCase()}`);
    const brand = await tx.brand.findUniqueOrThrow({ where: { id: brandId }, select: { name: true, timeZone: true } });
    // An organization already using this email (its contact or one of its members) is offered the connection.
    const existing = await tx.buyer.findFirst({
      where: {
        ownership: "CUSTOMER_OWNED",
        OR: [{ email: { equals: email, mode: "insensitive" } }, { members: { some: { user: { email: { equals: email, mode: "insensitive" } } } } }],
      },
      select: { id: true, name: true, connections: { where: { brandId }, select: { status: true } } },
      orderBy: { createdAt: "asc" },
    });
    if (existing?.connections.length) {
      const message =
        existing.connections[0].status === "CLOSED"
          ? msg("buyers.errors.alreadyConnectedClosed", { name: existing.name })
          : msg("buyers.errors.alreadyConnected", { name: existing.name });
      throw new AppError("ALREADY_CONNECTED", message, { email: message });
    }
    const pending = await tx.connectionInvitation.findFirst({ where: { brandId, email, ...openBuyerInvitationWhere() }, select: { id: true } });
    if (pending) {
      const message = msg("buyers.errors.alreadyInvited");
      throw new AppError("ALREADY_INVITED", message, { email: message });
    }
    // An expired invitation to this address gives way to the new one.
    await tx.connectionInvitation.deleteMany({ where: { brandId, email, ...expiredBuyerInvitationWhere() } });
    const { token, tokenHash } = newSecretToken();
    const invitation = await tx.connectionInvitation.create({
      data: {
        brandId, email, buyerId: existing?.id ?? null, tokenHash,
        discountRate: terms.discountRate, currency: terms.currency, language: terms.language, paymentTerms: terms.paymentTerms,
      },
      select: { id: true },
    });
    const url = `${input.appUrl}/invitations/${token}`;
    // In the language of the trading terms offered: the language the buyer will trade in.
    await enqueueEmail(tx, {
      brandId, to: email, locale: recipientLocale(terms.language), template: "buyerInvitation",
      data: {
        brandName: brand.name, timeZone: brand.timeZone, shopName: existing?.name ?? null,
        discountRate: terms.discountRate, currency: terms.currency, paymentTerms: terms.paymentTerms || null, acceptUrl: url,
      },
    });
    await recordAudit(tx, {
      brandId, actor, entityType: "ConnectionInvitation", entityId: invitation.id, action: "invitation.create", to: "PENDING",
      data: { email, buyerId: existing?.id ?? null },
    });
    return { invitationId: invitation.id, offeredTo: existing?.name ?? null };
  });
}
