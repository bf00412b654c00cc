import "server-only";
// "Transition offline buyers to customer-owned buyers on order completion": the offline buyer
// becomes customer-owned and the ordering person's user account takes it over (made from the
// buyer's Customer Order Link login when they have none, keeping the same password), so the
// order shows in the Buyer App. Guarded: only an OFFLINE buyer transitions, exactly once.
// Returns who now holds the buyer and how they sign in (the order's e-mails tell them), or null
// when nothing transitioned.
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import type { EmailTemplates } from "@/lib/mail/templates";

export type Transitioned = { userId: string | null; email: string | null; signIn: EmailTemplates["offlineBuyerTransition"]["signIn"] };

export async function transitionOfflineBuyer(tx: Tx, input: { brandId: string; buyerId: string; toUserId: string | null; actor: Actor; orderId: string }): Promise<Transitioned | null> {
  const buyer = await tx.buyer.findUnique({ where: { id: input.buyerId } });
  if (!buyer) return null;
  const { count } = await tx.buyer.updateMany({
    where: { id: input.buyerId, ownership: "OFFLINE", ownerBrandId: input.brandId },
    data: { ownership: "CUSTOMER_OWNED", ownerBrandId: null, linkLoginEmail: null, linkLoginPasswordHash: null },
  });
  if (count === 0) return null;
  let userId = input.toUserId;
  let email = (buyer.linkLoginEmail ?? buyer.email)?.toLowerCase() ?? null;
  let signIn: Transitioned["signIn"] = "EXISTING_ACCOUNT";
  if (userId) {
    email = (await tx.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ?? null;
  } else if (email) {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!existing) signIn = buyer.linkLoginPasswordHash ? "LINK_PASSWORD" : "NO_PASSWORD";
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: buyer.contactName ?? buyer.name, passwordHash: buyer.linkLoginPasswordHash ?? "!" },
      update: {},
    });
    userId = user.id;
  }
  if (userId) {
    await tx.buyerMember.upsert({
      where: { buyerId_userId: { buyerId: buyer.id, userId } },
      create: { buyerId: buyer.id, userId, role: "OWNER" },
      update: {},
    });
  }
  await recordAudit(tx, {
    brandId: input.brandId, actor: input.actor, entityType: "Buyer", entityId: buyer.id, action: "buyer.transition", from: "OFFLINE", to: "CUSTOMER_OWNED",
    data: { orderId: input.orderId, userId },
  });
  return { userId, email, signIn };
}
