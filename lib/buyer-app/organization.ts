import "server-only";
// The buyer organization's own data, managed by its owners in the Buyer App: members (invite
// co-workers) and addresses. The organization always comes from the session, never from input.
import { randomBytes } from "node:crypto";
import { getBuyerContext, type SessionUser } from "@/lib/auth/context";
import { hashSecret } from "@/lib/auth/password";
import { lockForTransaction } from "@/lib/db/advisory-lock";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { localeOf } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request-locale";
import { msg } from "@/lib/i18n/message-text";
import { enqueueEmail } from "@/lib/mail/outbox";

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
 * Adds a co-worker as a member. An existing account joins at once; a new one gets an account with
 * a one-time password sent by e-mail (through the outbox, in the same transaction).
 */
export async function inviteCoworker(input: { buyerId: string; buyerName: string; invitedBy: SessionUser; email: string; name: string; appUrl: string }) {
  const temporaryPassword = randomBytes(9).toString("base64url");
  const inviterLocale = localeOf(input.invitedBy.language) ?? (await requestLocale());
  const passwordHash = await hashSecret(temporaryPassword);
  return prisma.$transaction(async (tx) => {
    // A double submit (or two organizations adding one new address) waits here, then sees the first.
    await lockForTransaction(tx, `user-email:${input.email.toLowerCase()}`);
    let user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, language: true } });
    // An existing account reads it in its own language; a new one in the inviting co-worker's.
    const locale = localeOf(user?.language) ?? inviterLocale;
    const created = !user;
    if (user) {
      const already = await tx.buyerMember.findUnique({ where: { buyerId_userId: { buyerId: input.buyerId, userId: user.id } }, select: { id: true } });
      if (already) {
        const message = msg("buyerApp.errors.alreadyMember");
        throw new AppError("ALREADY_MEMBER", message, { email: message });
      }
    } else {
      user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true, language: true } });
    }
    await tx.buyerMember.create({ data: { buyerId: input.buyerId, userId: user.id, role: "MEMBER" } });
    await enqueueEmail(tx, {
      brandId: null, to: input.email, locale, template: "coworkerInvitation",
      data: { organizationName: input.buyerName, inviterName: input.invitedBy.name, email: input.email, signInUrl: `${input.appUrl}/signin`, temporaryPassword: created ? temporaryPassword : null },
    });
    return { userId: user.id, created };
  });
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
