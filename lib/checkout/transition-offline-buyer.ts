import "server-only";
// "Transition offline buyers to customer-owned buyers on order completion": the offline buyer
// becomes customer-owned and the ordering person's user account takes it over (made from the
// buyer's Customer Order Link login when they have none, keeping the same password), so the
// order shows in the Buyer App. Guarded: only an OFFLINE buyer transitions, exactly once.
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";

export async function transitionOfflineBuyer(tx: Tx, input: { brandId: string; buyerId: string; toUserId: string | null; actor: Actor; orderId: string }) {
  const buyer = await tx.buyer.findUnique({ where: { id: input.buyerId } });
  if (!buyer) return false;
  const { count } = await tx.buyer.updateMany({
    where: { id: input.buyerId, ownership: "OFFLINE", ownerBrandId: input.brandId },
    data: { ownership: "CUSTOMER_OWNED", ownerBrandId: null, linkLoginEmail: null, linkLoginPasswordHash: null },
  });
  if (count === 0) return false;
  let userId = input.toUserId;
  const email = (buyer.linkLoginEmail ?? buyer.email)?.toLowerCase();
  if (!userId && email) {
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
  return true;
}
