import "server-only";
// Co-workers invited by an address with no account (lib/buyer-app/organization.ts inviteCoworker):
// the mailed link opens /account/create/<token>, where they choose their name and password; the
// account and the membership are created in one transaction. If the address got an account
// meanwhile, it joins only while signed in as it. The claim is a guarded update on acceptedAt and
// e-mails are unique, so two submissions at once give one account and one membership. Only the
// token's hash is kept; invitations last as long as staff invitations.
import type { SessionUser } from "@/lib/auth/context";
import { hashSecret } from "@/lib/auth/password";
import { assertPasswordPolicy } from "@/lib/auth/password-policy";
import { secretTokenHashOf } from "@/lib/auth/secret-token";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AlreadyChangedError, AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { openCoworkerInvitationWhere } from "./coworker-invitation-validity";

const NO_LONGER_VALID = msg("auth.coworkerInvitation.errors.noLongerValid");
const accountJustCreated = () => new AlreadyChangedError("ACCOUNT_JUST_CREATED", msg("auth.coworkerInvitation.errors.accountJustCreated"));

/** The invitation page's view of an open invitation, or null. */
export async function getOpenCoworkerInvitation(token: string) {
  const tokenHash = secretTokenHashOf(token);
  if (!tokenHash) return null;
  const invitation = await prisma.coworkerInvitation.findFirst({
    where: { tokenHash, ...openCoworkerInvitationWhere() },
    select: { email: true, name: true, invitedById: true, buyer: { select: { id: true, name: true } } },
  });
  if (!invitation) return null;
  const [account, inviter] = await Promise.all([
    prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } }),
    invitation.invitedById ? prisma.user.findUnique({ where: { id: invitation.invitedById }, select: { name: true } }) : null,
  ]);
  return { email: invitation.email, suggestedName: invitation.name, organization: invitation.buyer, inviterName: inviter?.name ?? null, hasAccount: Boolean(account) };
}

export type CoworkerAnswer = { buyerId: string; organizationName: string; email: string; newAccount: boolean };

export async function acceptCoworkerInvitation(input: { token: string; account?: { name: string; password: string }; signedIn: SessionUser | null }): Promise<CoworkerAnswer> {
  const tokenHash = secretTokenHashOf(input.token);
  const open = tokenHash ? await prisma.coworkerInvitation.findFirst({ where: { tokenHash, ...openCoworkerInvitationWhere() }, select: { email: true } }) : null;
  if (!tokenHash || !open) throw new NotFoundError(NO_LONGER_VALID);
  const existing = await prisma.user.findUnique({ where: { email: open.email }, select: { id: true } });
  if (existing && input.signedIn?.id !== existing.id) throw new AppError("UNAUTHENTICATED", msg("auth.coworkerInvitation.errors.signInFirst", { email: open.email }));
  if (!existing && !input.account) throw new AppError("VALIDATION", msg("errors.correctFields"), { name: msg("auth.coworkerInvitation.errors.enterName") });
  if (!existing && input.account) assertPasswordPolicy(input.account.password, open.email);
  const passwordHash = !existing && input.account ? await hashSecret(input.account.password) : null;
  try {
    return await prisma.$transaction(async (tx) => {
      const claimed = await tx.coworkerInvitation.updateMany({ where: { tokenHash, ...openCoworkerInvitationWhere() }, data: { acceptedAt: new Date() } });
      if (claimed.count === 0) throw new NotFoundError(NO_LONGER_VALID);
      const invitation = await tx.coworkerInvitation.findUniqueOrThrow({ where: { tokenHash }, select: { email: true, buyer: { select: { id: true, name: true } } } });
      let user = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
      if (user && user.id !== existing?.id) throw accountJustCreated();
      const newAccount = !user;
      if (!user) {
        if (!input.account || !passwordHash) throw accountJustCreated();
        user = await tx.user.create({ data: { email: invitation.email, name: input.account.name, passwordHash }, select: { id: true } });
      }
      await tx.buyerMember.upsert({
        where: { buyerId_userId: { buyerId: invitation.buyer.id, userId: user.id } },
        create: { buyerId: invitation.buyer.id, userId: user.id, role: "MEMBER" },
        update: {},
      });
      return { buyerId: invitation.buyer.id, organizationName: invitation.buyer.name, email: invitation.email, newAccount };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw accountJustCreated();
    throw error;
  }
}
