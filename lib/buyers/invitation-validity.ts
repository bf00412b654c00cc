// How long a brand's invitation to connect can be answered: as long as a staff invitation. A
// Pending invitation older than that is expired: refused, shown Expired, and re-inviting the
// address replaces it.
import type { Prisma } from "@/lib/db/generated/client";

export const BUYER_INVITATION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export function buyerInvitationExpired(createdAt: Date, now = new Date()): boolean {
  return createdAt.getTime() <= now.getTime() - BUYER_INVITATION_DAYS * DAY_MS;
}

/** Pending invitations that can still be answered. */
export function openBuyerInvitationWhere(now = new Date()): Prisma.ConnectionInvitationWhereInput {
  return { status: "PENDING", createdAt: { gt: new Date(now.getTime() - BUYER_INVITATION_DAYS * DAY_MS) } };
}

/** Pending invitations past their validity. */
export function expiredBuyerInvitationWhere(now = new Date()): Prisma.ConnectionInvitationWhereInput {
  return { status: "PENDING", createdAt: { lte: new Date(now.getTime() - BUYER_INVITATION_DAYS * DAY_MS) } };
}
