import "server-only";
// An offline buyer: created and managed by one brand, connected to it at once with the given
// trading terms, optionally with a Customer Order Link login.
import type { Actor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashSecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import type { Language } from "@/lib/db/generated/enums";

export type NewOfflineBuyer = {
  name: string;
  country: string;
  contactName?: string;
  email?: string;
  phone?: string;
  address: { recipientName: string; line1: string; line2?: string; city: string; region?: string; postalCode: string; country: string; phone?: string };
  discountRate: number;
  currency: string;
  language: Language;
  paymentTerms?: string;
  linkLoginEmail?: string;
  linkLoginPassword?: string;
};

/** addressLabel: the name of the first address, in the language of whoever creates the buyer. */
export async function createOfflineBuyer(input: { brandId: string; actor: Actor; buyer: NewOfflineBuyer; addressLabel: string }) {
  const { brandId, actor, buyer: data } = input;
  const linkLoginPasswordHash = data.linkLoginPassword ? await hashSecret(data.linkLoginPassword) : null;
  return prisma.$transaction(async (tx) => {
    const buyer = await tx.buyer.create({
      data: {
        name: data.name, country: data.country, ownership: "OFFLINE", ownerBrandId: brandId,
        contactName: data.contactName, email: data.email, phone: data.phone,
        linkLoginEmail: data.linkLoginEmail ?? null, linkLoginPasswordHash,
        addresses: { create: { ...data.address, label: input.addressLabel, isDefault: true } },
        connections: {
          create: { brandId, status: "CONNECTED", discountRate: data.discountRate, currency: data.currency, language: data.language, paymentTerms: data.paymentTerms },
        },
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, { brandId, actor, entityType: "Buyer", entityId: buyer.id, action: "buyer.create-offline", to: "CONNECTED", data: { name: buyer.name } });
    return { buyerId: buyer.id };
  });
}
