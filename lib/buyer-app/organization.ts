import "server-only";
// The buyer organization's own data, managed by its owners in the Buyer App: members (invite
// co-workers) and addresses. The organization always comes from the session, never from input.
import { getBuyerContext, type SessionUser } from "@/lib/auth/context";
import { newSecretToken } from "@/lib/auth/secret-token";
import { lockForTransaction } from "@/lib/db/advisory-lock";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { localeOf } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request-locale";
import { msg } from "@/lib/i18n/message-text";
import { enqueueEmail } from "@/lib/mail/outbox";
import { COWORKER_INVITATION_DAYS, openCoworkerInvitationWhere } from "./coworker-invitation-validity";

/** The active organization, with the caller's role in it; owners only where `owner` is asked. */
export async function requireOrganization(options: { owner?: boolean } = {}) {
  const ctx = await getBuyerContext();
  if (!ctx) throw new NotFoundError(msg("buyerApp.errors.organizationNotFound"));
  const membership = await prisma.buyerMember.findUnique({ where: { buyerId_userId: { buyerId: ctx.buyer.id, userId: ctx.user.id } }, select: { role: true } });
  if (!membership) throw new NotFoundError(msg("buyerApp.errors.organizationNotFound"));
  if (options.owner && membership.role !== "OWNER") {
    throw new AppError("FORBIDDEN", msg("buyerApp.errors.ownerOnly"));
  }
  return { ...ctx, role: membership.role };
}

export async function getOrganization(buyerId: string) {
  return prisma.buyer.findUniqueOrThrow({
    where: { id: buyerId },
    select: {
      id: true, name: true, country: true, email: true,
      members: { orderBy: [{ role: "asc" }, { createdAt: "asc" }], select: { id: true, role: true, user: { select: { id: true, name: true, email: true } } } },
      addresses: { orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] },
    },
  });
}

/**
 * Invites a co-worker. An existing account joins at once and is told by e-mail; a new address gets
 * an invitation whose single-use link creates the account (lib/buyer-app/coworker-invitation.ts).
 * No password is ever made up or mailed. The mail goes through the outbox in the same transaction.
 */
export async function inviteCoworker(input: { buyerId: string; buyerName: string; invitedBy: SessionUser; email: string; name: string; appUrl: string }) {
  const inviterLocale = localeOf(input.invitedBy.language) ?? (await requestLocale());
  return prisma.$transaction(async (tx) => {
    // A double submit (or two organizations adding one new address) waits here, then sees the first.
    await lockForTransaction(tx, `user-email:${input.email.toLowerCase()}`);
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, language: true } });
    // An existing account reads it in its own language; a new one in the inviting co-worker's.
    const locale = localeOf(user?.language) ?? inviterLocale;
    const mail = { organizationName: input.buyerName, inviterName: input.invitedBy.name, email: input.email, signInUrl: `${input.appUrl}/signin` };
    if (user) {
      const already = await tx.buyerMember.findUnique({ where: { buyerId_userId: { buyerId: input.buyerId, userId: user.id } }, select: { id: true } });
      if (already) {
        const message = msg("buyerApp.errors.alreadyMember");
        throw new AppError("ALREADY_MEMBER", message, { email: message });
      }
      await tx.buyerMember.create({ data: { buyerId: input.buyerId, userId: user.id, role: "MEMBER" } });
      await enqueueEmail(tx, { brandId: null, to: input.email, locale, template: "coworkerInvitation", data: mail });
      return { created: false };
    }
    const pending = await tx.coworkerInvitation.findFirst({ where: { buyerId: input.buyerId, email: input.email, ...openCoworkerInvitationWhere() }, select: { id: true } });
    if (pending) {
      const message = msg("buyerApp.errors.alreadyInvited");
      throw new AppError("ALREADY_INVITED", message, { email: message });
    }
    // An expired invitation to this address gives way to the new one.
    await tx.coworkerInvitation.deleteMany({ where: { buyerId: input.buyerId, email: input.email, acceptedAt: null } });
    const { token, tokenHash } = newSecretToken();
    await tx.coworkerInvitation.create({ data: { buyerId: input.buyerId, email: input.email, name: input.name, invitedById: input.invitedBy.id, tokenHash } });
    await enqueueEmail(tx, { brandId: null, to: input.email, locale, template: "coworkerInvitation", data: { ...mail, acceptUrl: `${input.appUrl}/account/create/${token}`, days: COWORKER_INVITATION_DAYS } });
    return { created: true };
  });
}

/** Invitations of the organization still waiting for an answer (Organization page). */
export async function listOpenCoworkerInvitations(buyerId: string) {
  return prisma.coworkerInvitation.findMany({ where: { buyerId, ...openCoworkerInvitationWhere() }, orderBy: { createdAt: "desc" }, select: { id: true, email: true, name: true, createdAt: true } });
}

export async function addBuyerAddress(buyerId: string, address: { label?: string; recipientName: string; line1: string; line2?: string; city: string; region?: string; postalCode: string; country: string; phone?: string; isDefault: boolean }) {
  return prisma.$transaction(async (tx) => {
    const count = await tx.buyerAddress.count({ where: { buyerId } });
    // The first address is the default whatever the box says.
    const isDefault = address.isDefault || count === 0;
    if (isDefault) await tx.buyerAddress.updateMany({ where: { buyerId, isDefault: true }, data: { isDefault: false } });
    return tx.buyerAddress.create({ data: { ...address, buyerId, isDefault }, select: { id: true } });
  });
}

export async function removeBuyerAddress(buyerId: string, addressId: string) {
  const deleted = await prisma.buyerAddress.deleteMany({ where: { id: addressId, buyerId } });
  if (deleted.count === 0) throw new NotFoundError(msg("buyerApp.errors.addressNotFound"));
  return { addressId };
}

export async function setDefaultBuyerAddress(buyerId: string, addressId: string) {
  return prisma.$transaction(async (tx) => {
    const address = await tx.buyerAddress.findFirst({ where: { id: addressId, buyerId }, select: { id: true } });
    if (!address) throw new NotFoundError(msg("buyerApp.errors.addressNotFound"));
    await tx.buyerAddress.updateMany({ where: { buyerId, isDefault: true }, data: { isDefault: false } });
    await tx.buyerAddress.update({ where: { id: addressId }, data: { isDefault: true } });
    return { addressId };
  });
}
