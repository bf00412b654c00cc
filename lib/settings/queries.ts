import "server-only";
import { prisma } from "@/lib/db/client";

export async function getBrandSettings(brandId: string) {
  return prisma.brand.findUniqueOrThrow({ where: { id: brandId }, select: { name: true, homeCountry: true, defaultCurrency: true, stripeEnabled: true, nextEngineEnabled: true } });
}

/** Whether the Stripe keys the add-on needs are configured on the server (never the keys). */
export function stripeKeysStatus(): { secretKey: boolean; webhookSecret: boolean } {
  return { secretKey: Boolean(process.env.STRIPE_SECRET_KEY), webhookSecret: Boolean(process.env.STRIPE_WEBHOOK_SECRET) };
}

export async function listStaff(brandId: string) {
  const [members, invitations] = await Promise.all([
    prisma.brandMember.findMany({ where: { brandId }, orderBy: [{ role: "asc" }, { createdAt: "asc" }], include: { user: { select: { id: true, name: true, email: true } } } }),
    prisma.staffInvitation.findMany({ where: { brandId, acceptedAt: null }, orderBy: { createdAt: "desc" } }),
  ]);
  return { members, invitations };
}

/** An open staff invitation by its token, for /invite/<token>; null when unknown, accepted or revoked. */
export async function getOpenStaffInvitation(token: string) {
  if (token.length > 100) return null;
  const invitation = await prisma.staffInvitation.findFirst({
    where: { token, acceptedAt: null },
    select: { email: true, role: true, brand: { select: { name: true } } },
  });
  if (!invitation) return null;
  const account = await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { ...invitation, hasAccount: Boolean(account) };
}
