import "server-only";
import { secretTokenHashOf } from "@/lib/auth/secret-token";
import { prisma } from "@/lib/db/client";
import { parseMinimumOrder, type MinimumOrderSetting } from "@/lib/order-rules/minimum-order-value";
import { sellingCurrencies } from "@/lib/products/queries";
import { openStaffInvitationWhere, staffInvitationExpiresAt } from "./staff-invitation-validity";

export async function getBrandSettings(brandId: string) {
  return prisma.brand.findUniqueOrThrow({ where: { id: brandId }, select: { name: true, homeCountry: true, defaultCurrency: true, language: true, timeZone: true, stripeEnabled: true, nextEngineEnabled: true, minimumOrder: true } });
}

/** What a catalog's or link's minimum order override offers: the brand's currencies and the brand's own minimum a blank inherits. */
export async function minimumOrderContext(brandId: string): Promise<{ currencies: string[]; brandMinimum: MinimumOrderSetting }> {
  const brand = await prisma.brand.findUniqueOrThrow({ where: { id: brandId }, select: { minimumOrder: true, defaultCurrency: true } });
  const currencies = await sellingCurrencies(brandId, brand.defaultCurrency);
  const brandMinimum = parseMinimumOrder(brand.minimumOrder);
  return { currencies: [...new Set([...currencies, ...Object.keys(brandMinimum)])], brandMinimum };
}

/** Whether the Stripe keys the add-on needs are configured on the server (never the keys). */
export function stripeKeysStatus(): { secretKey: boolean; webhookSecret: boolean } {
  return { secretKey: Boolean(process.env.STRIPE_SECRET_KEY), webhookSecret: Boolean(process.env.STRIPE_WEBHOOK_SECRET) };
}

export async function listStaff(brandId: string) {
  const [members, invitations] = await Promise.all([
    prisma.brandMember.findMany({ where: { brandId }, orderBy: [{ role: "asc" }, { createdAt: "asc" }], include: { user: { select: { id: true, name: true, email: true, twoFactor: { select: { enabledAt: true } } } } } }),
    prisma.staffInvitation.findMany({ where: { brandId, acceptedAt: null }, orderBy: { createdAt: "desc" } }),
  ]);
  const now = new Date();
  return {
    members,
    invitations: invitations.map((i) => {
      const expiresAt = staffInvitationExpiresAt(i.createdAt);
      return { ...i, expiresAt, expired: expiresAt <= now };
    }),
  };
}

/** An open staff invitation by its token, for /invite/<token>; null when unknown, accepted, revoked or expired. */
export async function getOpenStaffInvitation(token: string) {
  const tokenHash = secretTokenHashOf(token);
  if (!tokenHash) return null;
  const invitation = await prisma.staffInvitation.findFirst({
    where: { tokenHash, ...openStaffInvitationWhere() },
    select: { email: true, role: true, brand: { select: { name: true } } },
  });
  if (!invitation) return null;
  const account = await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { ...invitation, hasAccount: Boolean(account) };
}
