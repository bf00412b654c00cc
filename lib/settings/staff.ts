import "server-only";
// Staff members and roles. Only an Owner grants, changes or removes the Owner role, and a brand
// always keeps at least one Owner. Role changes are guarded on the role the admin saw, so two
// admins editing at once give one change and one "already changed" message.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";
import { lockForTransaction } from "@/lib/db/advisory-lock";
import { prisma, type Tx } from "@/lib/db/client";
import type { BrandRole } from "@/lib/db/generated/enums";
import { AlreadyChangedError, AppError, NotFoundError } from "@/lib/errors/app-error";
import { newSecretToken } from "@/lib/auth/secret-token";
import { enqueueEmail, recipientLocale } from "@/lib/mail/outbox";
import { expiredStaffInvitationWhere, openStaffInvitationWhere, STAFF_INVITATION_DAYS } from "./staff-invitation-validity";
import { msg } from "@/lib/i18n/message-text";

function assertMayTouchOwner(ctx: BrandContext, ...roles: BrandRole[]) {
  if (roles.includes("OWNER") && ctx.role !== "OWNER") throw new AppError("FORBIDDEN", msg("settings.errors.ownerOnly"));
}

async function assertOwnerRemains(tx: Tx, brandId: string) {
  const owners = await tx.brandMember.count({ where: { brandId, role: "OWNER" } });
  if (owners === 0) throw new AppError("LAST_OWNER", msg("settings.errors.lastOwner"));
}

/** An existing user joins at once (and is told by mail); a new address gets an invitation. */
export async function inviteStaff(ctx: BrandContext, input: { email: string; role: BrandRole }, appUrl: string) {
  assertMayTouchOwner(ctx, input.role);
  const brandId = ctx.brand.id;
  return prisma.$transaction(async (tx) => {
    // A double submit waits here, then is told the address is already a member or invited.
    await lockForTransaction(tx, `staff-invitation:${brandId}:${input.email.toLowerCase()}`);
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, language: true } });
    // The invitee reads the mail in their own language if they have an account with one, else the brand's.
    const mail = { brandId, to: input.email, locale: recipientLocale(user?.language, ctx.brand.language) };
    const from = { brandName: ctx.brand.name, timeZone: ctx.brand.timeZone, inviterName: ctx.user.name, role: input.role };
    if (user) {
      const existing = await tx.brandMember.findUnique({ where: { brandId_userId: { brandId, userId: user.id } } });
      if (existing) throw new AppError("VALIDATION", msg("errors.correctFields"), { email: msg("settings.errors.alreadyMember", { email: input.email, brand: ctx.brand.name }) });
      const member = await tx.brandMember.create({ data: { brandId, userId: user.id, role: input.role } });
      await enqueueEmail(tx, { ...mail, template: "staffAdded", data: { ...from, signInUrl: `${appUrl}/signin` } });
      await recordAudit(tx, { brandId, actor: memberActor(ctx.user), entityType: "BrandMember", entityId: member.id, action: "staff.add", to: input.role, data: { email: input.email } });
      return { status: "added" as const };
    }
    const pending = await tx.staffInvitation.findFirst({ where: { brandId, email: input.email, ...openStaffInvitationWhere() } });
    if (pending) throw new AppError("VALIDATION", msg("errors.correctFields"), { email: msg("settings.errors.alreadyInvited", { email: input.email }) });
    // An expired invitation to this address gives way to the new one.
    await tx.staffInvitation.deleteMany({ where: { brandId, email: input.email, ...expiredStaffInvitationWhere() } });
    const { token, tokenHash } = newSecretToken();
    const invitation = await tx.staffInvitation.create({ data: { brandId, email: input.email, role: input.role, tokenHash } });
    await enqueueEmail(tx, { ...mail, template: "staffInvitation", data: { ...from, days: STAFF_INVITATION_DAYS, acceptUrl: `${appUrl}/invite/${token}` } });
    await recordAudit(tx, { brandId, actor: memberActor(ctx.user), entityType: "StaffInvitation", entityId: invitation.id, action: "staff.invite", to: input.role, data: { email: input.email } });
    return { status: "invited" as const };
  });
}

export async function revokeStaffInvitation(ctx: BrandContext, invitationId: string) {
  return prisma.$transaction(async (tx) => {
    const deleted = await tx.staffInvitation.deleteMany({ where: { id: invitationId, brandId: ctx.brand.id, acceptedAt: null } });
    if (deleted.count === 0) throw new NotFoundError(msg("settings.errors.invitationAlreadyAnswered"));
    await recordAudit(tx, { brandId: ctx.brand.id, actor: memberActor(ctx.user), entityType: "StaffInvitation", entityId: invitationId, action: "staff.invite.revoke" });
    return { invitationId };
  });
}

export async function changeStaffRole(ctx: BrandContext, input: { memberId: string; from: BrandRole; role: BrandRole }) {
  assertMayTouchOwner(ctx, input.from, input.role);
  const brandId = ctx.brand.id;
  return prisma.$transaction(async (tx) => {
    const changed = await tx.brandMember.updateMany({ where: { id: input.memberId, brandId, role: input.from }, data: { role: input.role } });
    if (changed.count === 0) {
      if (!(await tx.brandMember.count({ where: { id: input.memberId, brandId } }))) throw new NotFoundError(msg("settings.errors.memberGone"));
      throw new AlreadyChangedError("ROLE_ALREADY_CHANGED", msg("settings.errors.roleAlreadyChanged"));
    }
    await assertOwnerRemains(tx, brandId);
    await recordAudit(tx, { brandId, actor: memberActor(ctx.user), entityType: "BrandMember", entityId: input.memberId, action: "staff.role.change", from: input.from, to: input.role });
    return { memberId: input.memberId, role: input.role };
  });
}

export async function removeStaffMember(ctx: BrandContext, memberId: string) {
  const brandId = ctx.brand.id;
  return prisma.$transaction(async (tx) => {
    const member = await tx.brandMember.findFirst({ where: { id: memberId, brandId }, select: { id: true, role: true, userId: true } });
    if (!member) throw new NotFoundError(msg("settings.errors.memberAlreadyRemoved"));
    assertMayTouchOwner(ctx, member.role);
    const deleted = await tx.brandMember.deleteMany({ where: { id: memberId, brandId } });
    if (deleted.count === 0) throw new NotFoundError(msg("settings.errors.memberAlreadyRemoved"));
    await assertOwnerRemains(tx, brandId);
    await recordAudit(tx, { brandId, actor: memberActor(ctx.user), entityType: "BrandMember", entityId: memberId, action: "staff.remove", from: member.role, data: { userId: member.userId } });
    return { memberId };
  });
}
