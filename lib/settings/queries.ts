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
