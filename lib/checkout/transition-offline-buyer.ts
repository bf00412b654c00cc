import "server-only";
// "Transition offline buyers to customer-owned buyers on order completion": the offline buyer
// becomes customer-owned and the ordering person's user account takes it over, so the order shows
// in the Buyer App. An address with no account gets one without a password (never the order
// link's password, never one made up) and a single-use set-up link to choose it
// (lib/auth/password-token.ts), which the transition mail carries. Guarded: only an OFFLINE buyer
// transitions, exactly once. Returns who now holds the buyer and where their mail's button leads,
// or null when nothing transitioned.
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { NO_PASSWORD } from "@/lib/auth/password";
import { issuePasswordToken, passwordTokenPath } from "@/lib/auth/password-token";
import type { Tx } from "@/lib/db/client";
import type { EmailTemplates } from "@/lib/mail/templates";

export type Transitioned = {
  userId: string | null;
  email: string | null;
  signIn: EmailTemplates["offlineBuyerTransition"]["signIn"];
  /** The path the mail's button opens: sign-in, or the set-up link of a new account. */
  signInPath: string;
};

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
  let signInPath = "/signin";
  if (userId) {
    email = (await tx.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ?? null;
  } else if (email) {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      userId = existing.id;
    } else {
      const user = await tx.user.create({ data: { email, name: buyer.contactName ?? buyer.name, passwordHash: NO_PASSWORD }, select: { id: true } });
      const { token } = await issuePasswordToken(tx, { userId: user.id, purpose: "SETUP" });
      userId = user.id;
      signIn = "SET_PASSWORD";
      signInPath = passwordTokenPath(token);
    }
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
  return { userId, email, signIn, signInPath };
}
