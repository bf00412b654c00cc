import "server-only";
// A staff invitation is accepted once. An address with no account creates it here (name and a
// password under the one rule) and becomes a member in the same transaction; an address that has
// an account accepts only while signed in as it. The claim is a guarded update on acceptedAt, so
// two submissions at once give one account, one member and one "no longer valid"; the account's
// e-mail is unique, so a second account cannot appear either. A revoked invitation is deleted, so
// it reads as unknown; an expired one (lib/settings/staff-invitation-validity.ts) reads the same.
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { hashSecret } from "@/lib/auth/password";
import { assertPasswordPolicy } from "@/lib/auth/password-policy";
import { secretTokenHashOf } from "@/lib/auth/secret-token";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AlreadyChangedError, AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { openStaffInvitationWhere } from "./staff-invitation-validity";

export const INVITATION_NO_LONGER_VALID = msg("auth.staffInvitation.errors.noLongerValid");

export type StaffInvitationAnswer = { brandId: string; brandName: string; email: string; newAccount: boolean };

const accountJustCreated = () => new AlreadyChangedError("ACCOUNT_JUST_CREATED", msg("auth.staffInvitation.errors.accountJustCreated"));

/**
 * `account`: the new account of an address that has none. `signedIn`: who is signed in in this
 * browser; an address with an account is accepted only by that account.
 */
export async function acceptStaffInvitation(input: { token: string; account?: { name: string; password: string }; signedIn: SessionUser | null }): Promise<StaffInvitationAnswer> {
  const tokenHash = secretTokenHashOf(input.token);
  const open = tokenHash ? await prisma.staffInvitation.findFirst({ where: { tokenHash, ...openStaffInvitationWhere() }, select: { email: true } }) : null;
  if (!tokenHash || !open) throw new NotFoundError(INVITATION_NO_LONGER_VALID);
  const existing = await prisma.user.findUnique({ where: { email: open.email }, select: { id: true } });
  if (existing && input.signedIn?.id !== existing.id) {
    // The account may be the one a second submission of this form just made while accepting: then
    // the invitation is spent, and "no longer valid" is the answer, not "sign in first".
    const stillOpen = await prisma.staffInvitation.count({ where: { tokenHash, ...openStaffInvitationWhere() } });
    if (stillOpen === 0) throw new NotFoundError(INVITATION_NO_LONGER_VALID);
    throw new AppError("UNAUTHENTICATED", msg("auth.staffInvitation.errors.signInFirst", { email: open.email }));
  }
  if (!existing && !input.account) throw new AppError("VALIDATION", msg("errors.correctFields"), { name: msg("auth.staffInvitation.errors.enterName") });
  if (!existing && input.account) assertPasswordPolicy(input.account.password, open.email);
  // bcrypt is slow on purpose: hash before the transaction so it holds its locks briefly.
  const passwordHash = !existing && input.account ? await hashSecret(input.account.password) : null;
  try {
    return await prisma.$transaction(async (tx) => {
      const claimed = await tx.staffInvitation.updateMany({ where: { tokenHash, ...openStaffInvitationWhere() }, data: { acceptedAt: new Date() } });
      if (claimed.count === 0) throw new NotFoundError(INVITATION_NO_LONGER_VALID);
      const invitation = await tx.staffInvitation.findUniqueOrThrow({
        where: { tokenHash },
        select: { id: true, brandId: true, email: true, role: true, brand: { select: { name: true } } },
      });
      let user = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, name: true, email: true } });
      // Someone made an account for the address since the page was read: it must sign in to accept.
      if (user && user.id !== existing?.id) throw accountJustCreated();
      const newAccount = !user;
      if (!user) {
        if (!input.account || !passwordHash) throw accountJustCreated();
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
    // invitation open, so a reload offers to sign in and join with that account.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw accountJustCreated();
    throw error;
  }
}
