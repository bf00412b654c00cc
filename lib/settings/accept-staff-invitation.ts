import "server-only";
// A staff invitation is accepted once: the invitee gets an account (or joins with the account that
// now exists for the invited address) and a BrandMember with the invited role, in one
// transaction. The claim is a guarded update on acceptedAt, so two submissions at once give one
// member and one "no longer valid". A revoked invitation is deleted, so it reads as unknown; an
// expired one (lib/settings/staff-invitation-validity.ts) reads the same.
import { recordAudit } from "@/lib/audit/record-audit";
import { hashSecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AlreadyChangedError, AppError, NotFoundError } from "@/lib/errors/app-error";
import { openStaffInvitationWhere } from "./staff-invitation-validity";
import { msg } from "@/lib/i18n/message-text";

export const INVITATION_NO_LONGER_VALID = msg("auth.staffInvitation.errors.noLongerValid");

export type StaffInvitationAnswer = { brandId: string; brandName: string; email: string; newAccount: boolean };

/**
 * `account` creates the invitee's user; it is ignored (never overwrites a password) when an
 * account with the invited address exists by the time of accepting.
 */
export async function acceptStaffInvitation(input: { token: string; account?: { name: string; password: string } }): Promise<StaffInvitationAnswer> {
  const open = await prisma.staffInvitation.findFirst({ where: { token: input.token, ...openStaffInvitationWhere() }, select: { id: true } });
  if (!open) throw new NotFoundError(INVITATION_NO_LONGER_VALID);
  // bcrypt is slow on purpose: hash before the transaction so it holds its locks briefly.
  const passwordHash = input.account ? await hashSecret(input.account.password) : null;
  try {
    return await prisma.$transaction(async (tx) => {
      const claimed = await tx.staffInvitation.updateMany({ where: { token: input.token, ...openStaffInvitationWhere() }, data: { acceptedAt: new Date() } });
      if (claimed.count === 0) throw new NotFoundError(INVITATION_NO_LONGER_VALID);
      const invitation = await tx.staffInvitation.findUniqueOrThrow({
        where: { token: input.token },
        select: { id: true, brandId: true, email: true, role: true, brand: { select: { name: true } } },
      });
      let user = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, name: true, email: true } });
      const newAccount = !user;
      if (!user) {
        if (!input.account || !passwordHash) {
          throw new AppError("VALIDATION", msg("errors.correctFields"), { name: msg("auth.staffInvitation.errors.enterName"), password: msg("auth.staffInvitation.errors.choosePassword") });
        }
        user = await tx.user.create({ data: { email: invitation.email, name: input.account.name, passwordHash }, select: { id: true, name: true, email: true } });
      }
      const already = await tx.brandMember.findUnique({ where: { brandId_userId: { brandId: invitation.brandId, userId: user.id } }, select: { id: true, role: true } });
      const member = already ?? (await tx.brandMember.create({ data: { brandId: invitation.brandId, userId: user.id, role: invitation.role }, select: { id: true, role: true } }));
      await recordAudit(tx, {
        brandId: invitation.brandId,
        actor: { userId: user.id, label: user.name || user.email },
        entityType: "StaffInvitation",
        entityId: invitation.id,
        action: "staff.invite.accept",
        from: "PENDING",
        to: "ACCEPTED",
        data: { email: invitation.email, memberId: member.id, role: member.role, newAccount, alreadyMember: Boolean(already) },
      });
      return { brandId: invitation.brandId, brandName: invitation.brand.name, email: invitation.email, newAccount };
    });
  } catch (error) {
    // Another path created an account for this address in the same instant; the rollback left the
    // invitation open, so a reload offers to join with that account.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AlreadyChangedError("ACCOUNT_JUST_CREATED", msg("auth.staffInvitation.errors.accountJustCreated"));
    }
    throw error;
  }
}
