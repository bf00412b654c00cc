// How long a staff invitation can be accepted. An invitation mailed to the wrong address, or left
// unanswered, must not stay a way into the brand's admin for ever; re-inviting the address sends
// a fresh one.
import type { Prisma } from "@/lib/db/generated/client";

export const STAFF_INVITATION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export function staffInvitationExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + STAFF_INVITATION_DAYS * DAY_MS);
}

/** Invitations that can still be accepted: not accepted and sent within the validity period. */
export function openStaffInvitationWhere(now = new Date()): Prisma.StaffInvitationWhereInput {
  return { acceptedAt: null, createdAt: { gt: new Date(now.getTime() - STAFF_INVITATION_DAYS * DAY_MS) } };
}

/** Invitations that were never accepted and can no longer be. */
export function expiredStaffInvitationWhere(now = new Date()): Prisma.StaffInvitationWhereInput {
  return { acceptedAt: null, createdAt: { lte: new Date(now.getTime() - STAFF_INVITATION_DAYS * DAY_MS) } };
}
