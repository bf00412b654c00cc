// How long a co-worker invitation can be accepted: as long as a staff invitation. Re-inviting an
// address whose invitation expired sends a fresh one.
import type { Prisma } from "@/lib/db/generated/client";

export const COWORKER_INVITATION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Invitations that can still be accepted. */
export function openCoworkerInvitationWhere(now = new Date()): Prisma.CoworkerInvitationWhereInput {
  return { acceptedAt: null, createdAt: { gt: new Date(now.getTime() - COWORKER_INVITATION_DAYS * DAY_MS) } };
}
