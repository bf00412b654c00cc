import "server-only";
// The buyer accepts a brand's invitation: Pending -> Accepted, and a Connected connection with the
// invitation's trading terms, in one transaction. A signed-in user answers for one of their
// organizations or a new one; an invited address with no account creates the account, its new
// organization and the connection at once (acceptInvitationWithNewAccount). The claim is a guarded
// update on the status, and the account's e-mail is unique: two submissions at once give one
// account, one organization and one connection. Invitations expire (lib/buyers/invitation-validity.ts).
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { hashSecret } from "@/lib/auth/password";
import { assertPasswordPolicy } from "@/lib/auth/password-policy";
import { secretTokenHashOf } from "@/lib/auth/secret-token";
import { prisma } from "@/lib/db/client";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AlreadyChangedError, AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { buyerInvitationExpired } from "./invitation-validity";

const INVITATION_SELECT = {
  id: true, brandId: true, email: true, buyerId: true, status: true, createdAt: true, discountRate: true, currency: true, language: true, paymentTerms: true,
  brand: { select: { name: true } }, buyer: { select: { name: true } },
} as const;

/** An invitation by the token of its link, for whoever holds the link; null when there is none. */
export async function findInvitationByToken(db: Pick<Tx, "connectionInvitation">, token: string) {
  const tokenHash = secretTokenHashOf(token);
  if (!tokenHash) return null;
  const invitation = await db.connectionInvitation.findUnique({ where: { tokenHash }, select: INVITATION_SELECT });
  return invitation ? { ...invitation, expired: invitation.status === "PENDING" && buyerInvitationExpired(invitation.createdAt) } : null;
}

export type InvitationForToken = NonNullable<Awaited<ReturnType<typeof findInvitationByToken>>>;

/** The invitation a signed-in user may answer: sent to their email, or to an organization they belong to. */
export async function findInvitationFor(db: Pick<Tx, "connectionInvitation" | "buyerMember">, token: string, user: SessionUser) {
  const invitation = await findInvitationByToken(db, token);
  if (!invitation) return null;
  const addressedToUser = invitation.email.toLowerCase() === user.email.toLowerCase();
  const memberOfInvited = invitation.buyerId
    ? Boolean(await db.buyerMember.findUnique({ where: { buyerId_userId: { buyerId: invitation.buyerId, userId: user.id } }, select: { id: true } }))
    : false;
  // Someone else's invitation is not found, exactly like a wrong token.
  if (!addressedToUser && !memberOfInvited) return null;
  return invitation;
}

function assertAnswerable(invitation: InvitationForToken) {
  if (invitation.status !== "PENDING") {
    throw new AlreadyChangedError("INVITATION_ALREADY_CHANGED", invitation.status === "ACCEPTED" ? msg("auth.buyerInvitation.alreadyAccepted") : msg("auth.buyerInvitation.withdrawn"));
  }
  if (invitation.expired) throw new AlreadyChangedError("INVITATION_EXPIRED", msg("auth.buyerInvitation.errors.noLongerValid"));
}

/** Claims the invitation for the buyer and creates the connection, with their audit entries. */
async function connect(tx: Tx, invitation: InvitationForToken, buyerId: string, actor: { userId: string; label: string }) {
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
  await recordAudit(tx, { brandId: invitation.brandId, actor, entityType: "ConnectionInvitation", entityId: invitation.id, action: "invitation.accept", from: "PENDING", to: "ACCEPTED" });
  await recordAudit(tx, { brandId: invitation.brandId, actor, entityType: "Connection", entityId: connection.id, action: "connection.create", to: "CONNECTED", data: { buyerId } });
}

function newOrganization(tx: Tx, organization: { name: string; country: string }, user: { id: string; email: string; name: string }) {
  return tx.buyer.create({
    data: { ...organization, ownership: "CUSTOMER_OWNED", email: user.email, contactName: user.name, members: { create: { userId: user.id, role: "OWNER" } } },
    select: { id: true },
  });
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
    assertAnswerable(invitation);
    let buyerId = invitation.buyerId ?? input.buyerId;
    if (buyerId) {
      const membership = await tx.buyerMember.findUnique({ where: { buyerId_userId: { buyerId, userId: user.id } }, select: { role: true } });
      if (!membership) throw new NotFoundError(msg("auth.buyerInvitation.errors.organizationNotFound"));
      if (invitation.buyerId && input.buyerId && input.buyerId !== invitation.buyerId) throw new NotFoundError(msg("auth.buyerInvitation.errors.organizationNotFound"));
    } else {
      if (!input.newOrganization) throw new AppError("VALIDATION", msg("auth.buyerInvitation.errors.companyName"), { newOrganizationName: msg("auth.buyerInvitation.errors.companyName") });
      buyerId = (await newOrganization(tx, input.newOrganization, user)).id;
    }
    await connect(tx, invitation, buyerId, { userId: user.id, label: user.name || user.email });
    return { brandId: invitation.brandId, buyerId };
  });
}

const accountJustCreated = () => new AlreadyChangedError("ACCOUNT_JUST_CREATED", msg("auth.buyerInvitation.errors.accountJustCreated"));

/**
 * An invitation to an address with no account, answered from its link: the account (name and a
 * password under the one rule), its new organization and the connection, in one transaction.
 * Invitations offered to an existing organization are answered by its members, signed in.
 */
export async function acceptInvitationWithNewAccount(input: { token: string; name: string; password: string; organization: { name: string; country: string } }) {
  const invitation = await findInvitationByToken(prisma, input.token);
  if (!invitation || invitation.status !== "PENDING" || invitation.expired || invitation.buyerId) throw new NotFoundError(msg("auth.buyerInvitation.errors.noLongerValid"));
  if (await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw new AppError("ACCOUNT_EXISTS", msg("auth.buyerInvitation.errors.accountExists"));
  assertPasswordPolicy(input.password, invitation.email);
  const passwordHash = await hashSecret(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: invitation.email.toLowerCase(), name: input.name, passwordHash }, select: { id: true, email: true, name: true } });
      const buyer = await newOrganization(tx, input.organization, user);
      await connect(tx, invitation, buyer.id, { userId: user.id, label: user.name || user.email });
      return { brandId: invitation.brandId, buyerId: buyer.id, email: user.email };
    });
  } catch (error) {
    // A parallel submission created the account first; this one rolled back whole.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw accountJustCreated();
    throw error;
  }
}
