import "server-only";
// The buyer accepts a brand's invitation in the Buyer App: Pending -> Accepted, and a Connected
// connection with the invitation's trading terms, in one transaction.
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import type { Tx } from "@/lib/db/client";
import { AlreadyChangedError, AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

/** The invitation a signed-in user may answer: sent to their email, or to an organization they belong to. */
export async function findInvitationFor(db: Pick<Tx, "connectionInvitation" | "buyerMember">, token: string, user: SessionUser) {
  const invitation = await db.connectionInvitation.findUnique({
    where: { token },
    select: {
      id: true, brandId: true, email: true, buyerId: true, status: true, discountRate: true, currency: true, language: true, paymentTerms: true,
      brand: { select: { name: true } }, buyer: { select: { name: true } },
    },
  });
  if (!invitation) return null;
  const addressedToUser = invitation.email.toLowerCase() === user.email.toLowerCase();
  const memberOfInvited = invitation.buyerId
    ? Boolean(await db.buyerMember.findUnique({ where: { buyerId_userId: { buyerId: invitation.buyerId, userId: user.id } }, select: { id: true } }))
    : false;
  // Someone else's invitation is not found, exactly like a wrong token.
  if (!addressedToUser && !memberOfInvited) return null;
  return invitation;
}

export async function acceptInvitation(input: {
  token: string;
  user: SessionUser;
  buyerId?: string;
  newOrganization?: { name: string; country: string };
}) {
  const { user } = input;
  return prisma.$transaction(async (tx) => {
    const invitation = await findInvitationFor(tx, input.token, user);
    if (!invitation) throw new NotFoundError(msg("auth.buyerInvitation.errors.notFound"));
    if (invitation.status !== "PENDING") {
      throw new AlreadyChangedError("INVITATION_ALREADY_CHANGED", invitation.status === "ACCEPTED" ? msg("auth.buyerInvitation.alreadyAccepted") : msg("auth.buyerInvitation.withdrawn"));
    }
    let buyerId = invitation.buyerId ?? input.buyerId;
    if (buyerId) {
      const membership = await tx.buyerMember.findUnique({ where: { buyerId_userId: { buyerId, userId: user.id } }, select: { role: true } });
      if (!membership) throw new NotFoundError(msg("auth.buyerInvitation.errors.organizationNotFound"));
      if (invitation.buyerId && input.buyerId && input.buyerId !== invitation.buyerId) throw new NotFoundError(msg("auth.buyerInvitation.errors.organizationNotFound"));
    } else {
      if (!input.newOrganization) throw new AppError("VALIDATION", msg("auth.buyerInvitation.errors.companyName"), { newOrganizationName: msg("auth.buyerInvitation.errors.companyName") });
      const created = await tx.buyer.create({
        data: { ...input.newOrganization, ownership: "CUSTOMER_OWNED", email: user.email, contactName: user.name, members: { create: { userId: user.id, role: "OWNER" } } },
        select: { id: true },
      });
      buyerId = created.id;
    }
    const claimed = await tx.connectionInvitation.updateMany({
      where: { id: invitation.id, status: "PENDING" },
      data: { status: "ACCEPTED", acceptedAt: new Date(), buyerId },
    });
    if (claimed.count === 0) throw new AlreadyChangedError("INVITATION_ALREADY_CHANGED", msg("auth.buyerInvitation.errors.alreadyAnswered"));
    const existing = await tx.connection.findUnique({ where: { brandId_buyerId: { brandId: invitation.brandId, buyerId } }, select: { id: true } });
    if (existing) throw new AppError("ALREADY_CONNECTED", msg("auth.buyerInvitation.errors.alreadyConnected", { brand: invitation.brand.name }));
    const connection = await tx.connection.create({
      data: {
        brandId: invitation.brandId, buyerId, status: "CONNECTED",
        discountRate: invitation.discountRate, currency: invitation.currency, language: invitation.language, paymentTerms: invitation.paymentTerms,
      },
      select: { id: true },
    });
    const actor = { userId: user.id, label: user.name || user.email };
    await recordAudit(tx, { brandId: invitation.brandId, actor, entityType: "ConnectionInvitation", entityId: invitation.id, action: "invitation.accept", from: "PENDING", to: "ACCEPTED" });
    await recordAudit(tx, { brandId: invitation.brandId, actor, entityType: "Connection", entityId: connection.id, action: "connection.create", to: "CONNECTED", data: { buyerId } });
    return { brandId: invitation.brandId, buyerId };
  });
}
