// Every state transition raced by 20 callers at once, through the real server action: exactly one
// caller changes the row (one audit event, at most one e-mail); the 19 others get a clear "already
// changed" answer, never an error page or a second effect. One table row per transition.
// Then 20 buyers check out the last units of one SKU at once, and the release never oversells.
// (A double-submitted checkout is raced in tests/integration/checkout/checkout.test.ts.)
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as stripeWebhook } from "@/app/api/stripe/webhook/route";
import { acceptInvitationAction, inviteCoworkerAction } from "@/lib/buyer-app/actions";
import { placeOrder } from "@/lib/checkout/place-order";
import { disconnectBuyerAction, inviteBuyerAction, reconnectBuyerAction, revokeInvitationAction } from "@/lib/buyers/actions";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { BrandRole, OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";
import { saveLinkCartAction } from "@/lib/link-access/actions";
import { resolveLink } from "@/lib/link-access/resolve-link";
import { updateLinkStatusAction } from "@/lib/links/actions";
import { deleteLookbookAction } from "@/lib/lookbooks/actions";
import {
  approveOcAsBuyerAction, approveOcByTokenAction, cancelOrderAsBuyerAction, confirmOcAction, createDeliveryNoteAction, createOcAction, createUndeliveredSkusAction,
  forceApproveOcAction, makeOcEditableAction, rejectOrderAction, sendOcForApprovalAction,
} from "@/lib/orders/actions";
import { archiveProductAction } from "@/lib/products/actions";
import { changeStaffRoleAction, inviteStaffAction, removeStaffMemberAction, revokeStaffInvitationAction } from "@/lib/settings/actions";
import { deleteRateGroupAction } from "@/lib/shipping-rates/actions";
import { cancelOrdersAction, prepareForReleaseAction } from "@/lib/shipping/actions";
import { createTagAction, deleteTagAction } from "@/lib/tags/actions";
import { actAs } from "../../support/next-request";
import { createUser } from "../../support/fixtures";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";
import { createOrder } from "../orders/order-fixture";

const CALLERS = 20;

/** A loser's message includes its field messages: a form shows those. */
type Outcome = { ok: true } | { ok: false; code: string; message: string };
type Actor = { id: string; email?: string; name?: string } | null;

/** What one row prepares: who acts, the call they all make, and where its single effect shows. */
type Race = {
  actor: Actor;
  call: () => Promise<unknown>;
  /** The audit events the transition writes: exactly one must exist afterwards (null: it keeps none). */
  audit: Prisma.AuditEventWhereInput | null;
  /** A check of the final state (the effect happened once). */
  after?: () => Promise<void>;
};

type Row = {
  name: string;
  /** Codes the 19 losers may answer (and, for codes as broad as NOT_FOUND, the message). */
  already: string[];
  alreadyMessage?: RegExp;
  /** E-mails the one transition queues. */
  mails: number;
  setup: (w: LinkWorld) => Promise<Race>;
  /** Maps a result onto won / already (actions that report per-order outcomes override it). */
  outcome?: (result: unknown) => Promise<Outcome> | Outcome;
};

function actionOutcome(result: unknown): Outcome {
  const r = result as { ok: boolean; code?: string; message?: string; fieldErrors?: Record<string, string> };
  return r.ok ? { ok: true } : { ok: false, code: r.code ?? "?", message: [r.message, ...Object.values(r.fieldErrors ?? {})].join(" ") };
}

/** Shipping actions answer ok with one outcome per order: that outcome decides. */
function firstOrderOutcome(result: unknown): Outcome {
  const r = result as { ok: boolean; code?: string; message?: string; data?: { outcomes: { ok: boolean; reason?: string; code?: string; message?: string }[] } };
  if (!r.ok) return { ok: false, code: r.code ?? "?", message: r.message ?? "" };
  const first = r.data!.outcomes[0];
  return first.ok ? { ok: true } : { ok: false, code: first.reason ?? first.code ?? "?", message: first.message ?? "" };
}

const terms = { discountRate: "5", currency: "JPY", language: "EN", paymentTerms: "" } as const;
const uid = () => randomBytes(4).toString("hex");

async function order(w: LinkWorld, status: OrderStatus, releaseStatus: ReleaseStatus | null = null, extra: Prisma.OrderUpdateInput = {}) {
  const created = await createOrder(w, { status, releaseStatus });
  if (Object.keys(extra).length) await prisma.order.update({ where: { id: created.id }, data: extra });
  return created;
}

async function newBuyer(w: LinkWorld, status: "CONNECTED" | "CLOSED") {
  const buyer = await prisma.buyer.create({ data: { name: `Shop ${uid()}`, country: "JP", ownership: "CUSTOMER_OWNED" } });
  const connection = await prisma.connection.create({ data: { brandId: w.brand.id, buyerId: buyer.id, currency: "JPY", language: "EN", status } });
  return { buyer, connection };
}

async function member(w: LinkWorld, role: BrandRole) {
  const user = await createUser("member");
  return prisma.brandMember.create({ data: { brandId: w.brand.id, userId: user.id, role } });
}

async function stockOf(skuIds: string[]) {
  const rows = await prisma.sku.findMany({ where: { id: { in: skuIds } }, orderBy: { position: "asc" }, select: { stockQuantity: true } });
  return rows.map((r) => r.stockQuantity);
}

const rows: Row[] = [
  // ── order links ──
  ...(["VOID", "OPEN"] as const).map((to): Row => ({
    name: to === "VOID" ? "order link: Void" : "order link: reopen (Void -> Open)",
    already: ["LINK_STATUS_ALREADY_CHANGED"],
    mails: 0,
    setup: async (w) => {
      const from = to === "VOID" ? "OPEN" : "VOID";
      const link = await createLink(w, { status: from });
      return {
        actor: w.staff,
        call: () => updateLinkStatusAction({ id: link.id, from, to, confirmDelete: false }),
        audit: { entityId: link.id, action: "status.update" },
        after: async () => expect((await prisma.orderLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe(to),
      };
    },
  })),
  {
    name: "order link: Delete",
    already: ["LINK_ALREADY_DELETED"],
    mails: 0,
    setup: async (w) => {
      const link = await createLink(w);
      return {
        actor: w.staff,
        call: () => updateLinkStatusAction({ id: link.id, from: "OPEN", to: "DELETED", confirmDelete: true }),
        audit: { entityId: link.id, action: "link.delete" },
        after: async () => expect(await prisma.orderLink.count({ where: { id: link.id } })).toBe(0),
      };
    },
  },

  // ── connections and invitations ──
  {
    name: "connection: Disconnect",
    already: ["CONNECTION_ALREADY_CLOSED"],
    mails: 0,
    setup: async (w) => {
      const { buyer, connection } = await newBuyer(w, "CONNECTED");
      return {
        actor: w.staff,
        call: () => disconnectBuyerAction({ buyerId: buyer.id }),
        audit: { entityId: connection.id, action: "connection.disconnect" },
        after: async () => expect((await prisma.connection.findUniqueOrThrow({ where: { id: connection.id } })).status).toBe("CLOSED"),
      };
    },
  },
  {
    name: "connection: Reconnect",
    already: ["CONNECTION_ALREADY_CONNECTED"],
    mails: 0,
    setup: async (w) => {
      const { buyer, connection } = await newBuyer(w, "CLOSED");
      return {
        actor: w.staff,
        call: () => reconnectBuyerAction({ buyerId: buyer.id }),
        audit: { entityId: connection.id, action: "connection.reconnect" },
        after: async () => expect((await prisma.connection.findUniqueOrThrow({ where: { id: connection.id } })).status).toBe("CONNECTED"),
      };
    },
  },
  {
    name: "buyer invitation: invite one e-mail (double submit)",
    already: ["ALREADY_INVITED"],
    mails: 1,
    setup: async (w) => {
      const email = `invitee-${uid()}@test.example`;
      return {
        actor: w.staff,
        call: () => inviteBuyerAction({ email, ...terms }),
        audit: { brandId: w.brand.id, action: "invitation.create", data: { path: ["email"], equals: email } },
        after: async () => expect(await prisma.connectionInvitation.count({ where: { brandId: w.brand.id, email } })).toBe(1),
      };
    },
  },
  {
    name: "buyer invitation: withdraw",
    already: ["INVITATION_ALREADY_CHANGED"],
    mails: 0,
    setup: async (w) => {
      const invitation = await prisma.connectionInvitation.create({ data: { brandId: w.brand.id, email: `invitee-${uid()}@test.example`, tokenHash: hashSecretToken(uid() + uid()), currency: "JPY" } });
      return {
        actor: w.staff,
        call: () => revokeInvitationAction({ invitationId: invitation.id }),
        audit: { entityId: invitation.id, action: "invitation.revoke" },
      };
    },
  },
  {
    name: "buyer invitation: accept for an existing organization",
    already: ["INVITATION_ALREADY_CHANGED"],
    mails: 0,
    setup: async (w) => {
      const user = await createUser("invitee");
      const buyer = await prisma.buyer.create({ data: { name: `Shop ${uid()}`, country: "JP", ownership: "CUSTOMER_OWNED", members: { create: { userId: user.id, role: "OWNER" } } } });
      const token = uid() + uid();
      const invitation = await prisma.connectionInvitation.create({ data: { brandId: w.brand.id, email: user.email, buyerId: buyer.id, tokenHash: hashSecretToken(token), currency: "JPY" } });
      return {
        actor: user,
        call: () => acceptInvitationAction({ token, buyerId: buyer.id }),
        audit: { entityId: invitation.id, action: "invitation.accept" },
        after: async () => expect(await prisma.connection.count({ where: { brandId: w.brand.id, buyerId: buyer.id } })).toBe(1),
      };
    },
  },
  {
    name: "buyer invitation: accept with a new organization",
    already: ["INVITATION_ALREADY_CHANGED"],
    mails: 0,
    setup: async (w) => {
      const user = await createUser("invitee");
      const token = uid() + uid();
      const invitation = await prisma.connectionInvitation.create({ data: { brandId: w.brand.id, email: user.email, tokenHash: hashSecretToken(token), currency: "JPY" } });
      const name = `New Shop ${uid()}`;
      return {
        actor: user,
        call: () => acceptInvitationAction({ token, newOrganizationName: name, newOrganizationCountry: "JP" }),
        audit: { entityId: invitation.id, action: "invitation.accept" },
        // The losers' organizations rolled back with them.
        after: async () => expect(await prisma.buyer.count({ where: { name } })).toBe(1),
      };
    },
  },

  {
    name: "Buyer App: invite a new co-worker (double submit)",
    already: ["ALREADY_INVITED"],
    mails: 0,
    setup: async (w) => {
      const email = `coworker-${uid()}@test.example`;
      return {
        actor: w.buyerUser,
        call: () => inviteCoworkerAction({ email, name: "Co Worker" }),
        // Organizations keep no audit trail: the one invitation and its one e-mail are the effect.
        audit: null,
        after: async () => {
          expect(await prisma.coworkerInvitation.count({ where: { buyerId: w.buyer.id, email } })).toBe(1);
          expect(await prisma.outboxEmail.count({ where: { to: email } })).toBe(1);
        },
      };
    },
  },
  {
    name: "Buyer App: add an existing account as a co-worker (double submit)",
    already: ["ALREADY_MEMBER"],
    mails: 0,
    setup: async (w) => {
      const colleague = await createUser("colleague");
      return {
        actor: w.buyerUser,
        call: () => inviteCoworkerAction({ email: colleague.email, name: "Co Worker" }),
        audit: null,
        after: async () => {
          expect(await prisma.buyerMember.count({ where: { buyerId: w.buyer.id, userId: colleague.id } })).toBe(1);
          expect(await prisma.outboxEmail.count({ where: { to: colleague.email } })).toBe(1);
        },
      };
    },
  },

  // ── order confirmation ──
  {
    name: "OC: create from Please create an OC",
    already: ["OC_ALREADY_CREATED"],
    mails: 0,
    setup: async (w) => {
      const o = await order(w, "PLEASE_CREATE_OC");
      return {
        actor: w.staff,
        call: () => createOcAction({ orderId: o.id, from: "PLEASE_CREATE_OC", revision: 0, lines: o.lines.map((l) => ({ lineId: l.id, quantity: 1, unitPrice: 5 })) }),
        audit: { entityId: o.id, action: { in: ["oc.create", "oc.update"] } },
        after: async () => expect(await prisma.orderLine.count({ where: { orderId: o.id } })).toBe(o.lines.length),
      };
    },
  },
  {
    name: "OC: send to the buyer for approval",
    already: ["OC_ALREADY_SENT"],
    mails: 1,
    setup: async (w) => {
      const o = await order(w, "OC_CREATED");
      return { actor: w.staff, call: () => sendOcForApprovalAction({ orderId: o.id, sentAt: null }), audit: { entityId: o.id, action: "oc.send" } };
    },
  },
  {
    name: "OC: send again for approval",
    already: ["OC_ALREADY_SENT"],
    mails: 1,
    setup: async (w) => {
      const sentAt = new Date(Date.now() - 60_000);
      const o = await order(w, "OC_CREATED", null, { ocSentAt: sentAt, approvalToken: uid() + uid() });
      return { actor: w.staff, call: () => sendOcForApprovalAction({ orderId: o.id, sentAt: sentAt.toISOString() }), audit: { entityId: o.id, action: "oc.send" } };
    },
  },
  {
    name: "OC: the brand approves on the buyer's behalf",
    already: ["ORDER_ALREADY_APPROVED"],
    mails: 0,
    setup: async (w) => {
      const o = await order(w, "OC_CREATED");
      return { actor: w.ops, call: () => forceApproveOcAction({ orderId: o.id }), audit: { entityId: o.id, action: "oc.force-approve" } };
    },
  },
  {
    name: "OC: the buyer approves in the Buyer App",
    already: ["ORDER_ALREADY_APPROVED"],
    mails: 0,
    setup: async (w) => {
      const o = await order(w, "OC_CREATED", null, { ocSentAt: new Date() });
      return { actor: w.buyerUser, call: () => approveOcAsBuyerAction({ orderId: o.id }), audit: { entityId: o.id, action: "oc.approve" } };
    },
  },
  {
    name: "OC: the buyer approves from the e-mailed link",
    already: ["ORDER_ALREADY_APPROVED"],
    mails: 0,
    setup: async (w) => {
      const token = uid() + uid() + uid();
      const o = await order(w, "OC_CREATED", null, { ocSentAt: new Date(), approvalToken: token });
      return { actor: null, call: () => approveOcByTokenAction({ token }), audit: { entityId: o.id, action: "oc.approve" } };
    },
  },
  {
    name: "OC: confirm, e-mailing the buyer",
    already: ["ORDER_ALREADY_CONFIRMED"],
    mails: 1,
    setup: async (w) => {
      const o = await order(w, "OC_APPROVED");
      return {
        actor: w.ops,
        call: () => confirmOcAction({ orderId: o.id, notifyBuyer: true, emailBody: "Confirmed, thank you." }),
        audit: { entityId: o.id, action: "oc.confirm" },
      };
    },
  },
  {
    name: "OC: make the confirmed OC editable",
    already: ["ORDER_NOT_EDITABLE"],
    mails: 0,
    setup: async (w) => {
      const o = await order(w, "OC_CONFIRMED", "NOT_YET_RELEASED");
      return { actor: w.ops, call: () => makeOcEditableAction({ orderId: o.id }), audit: { entityId: o.id, action: "oc.make-editable" } };
    },
  },
  {
    name: "order: reject, e-mailing the reason",
    already: ["ORDER_ALREADY_REJECTED"],
    mails: 1,
    setup: async (w) => {
      const o = await order(w, "OC_CREATED");
      return { actor: w.staff, call: () => rejectOrderAction({ orderId: o.id, reason: "Discontinued." }), audit: { entityId: o.id, action: "order.reject" } };
    },
  },
  {
    name: "order: the buyer cancels in the Buyer App, e-mailing the brand's order staff",
    already: ["ORDER_ALREADY_CANCELLED"],
    // One e-mail per member who handles orders: the fixture brand has four.
    mails: 4,
    setup: async (w) => {
      const o = await order(w, "OC_CONFIRMED", "NOT_YET_RELEASED");
      return { actor: w.buyerUser, call: () => cancelOrderAsBuyerAction({ orderId: o.id, reason: "Ordered twice." }), audit: { entityId: o.id, action: "order.buyer-cancel" } };
    },
  },
  {
    name: "order: create undelivered SKUs",
    already: ["UNDELIVERED_ALREADY_CREATED"],
    mails: 0,
    setup: async (w) => {
      const o = await order(w, "OC_CONFIRMED", "NOT_YET_RELEASED");
      return {
        actor: w.ops,
        call: () => createUndeliveredSkusAction({ orderId: o.id, lines: [{ orderLineId: o.lines[0].id, quantity: 1 }] }),
        audit: { entityId: o.id, action: "undelivered.create" },
        after: async () => expect(await prisma.undeliveredSku.count({ where: { orderId: o.id } })).toBe(1),
      };
    },
  },
  {
    name: "order: one delivery note for everything",
    already: ["ORDER_ALREADY_SHIPPED"],
    mails: 0,
    setup: async (w) => {
      const o = await order(w, "OC_CONFIRMED", "PREPARING_PRODUCT");
      return {
        actor: w.ops,
        call: () => createDeliveryNoteAction({ orderId: o.id, lines: o.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })) }),
        audit: { entityId: o.id, action: "delivery-note.create" },
        after: async () => expect(await prisma.deliveryNote.count({ where: { orderId: o.id } })).toBe(1),
      };
    },
  },

  // ── shipping desk ──
  {
    name: "shipping: prepare for release",
    already: ["ALREADY_CHANGED"],
    mails: 1,
    outcome: firstOrderOutcome,
    setup: async (w) => {
      const o = await order(w, "OC_CONFIRMED", "NOT_YET_RELEASED");
      return {
        actor: w.ops,
        call: () => prepareForReleaseAction({ orderIds: [o.id] }),
        audit: { entityId: o.id, action: "release.prepare" },
        // Stock 100 each; the order takes 3 and 2, once.
        after: async () => expect(await stockOf(o.lines.map((l) => l.skuId))).toEqual([97, 98]),
      };
    },
  },
  {
    name: "shipping: cancel a sold-out order",
    already: ["ALREADY_CHANGED", "ALREADY_CANCELLED"],
    mails: 1,
    outcome: firstOrderOutcome,
    setup: async (w) => {
      const o = await order(w, "OC_CONFIRMED", "NOT_YET_RELEASED");
      return { actor: w.ops, call: () => cancelOrdersAction({ orderIds: [o.id], reason: "Sold out." }), audit: { entityId: o.id, action: "order.cancel" } };
    },
  },
  {
    name: "shipping: cancel a released order, giving its stock back once",
    already: ["ALREADY_CHANGED", "ALREADY_CANCELLED"],
    mails: 1,
    outcome: firstOrderOutcome,
    setup: async (w) => {
      const o = await order(w, "OC_CONFIRMED", "NOT_YET_RELEASED");
      await actAs(w.ops);
      expect(firstOrderOutcome(await prepareForReleaseAction({ orderIds: [o.id] }))).toEqual({ ok: true });
      return {
        actor: w.ops,
        call: () => cancelOrdersAction({ orderIds: [o.id], reason: "Sold out." }),
        audit: { entityId: o.id, action: "order.cancel" },
        after: async () => expect(await stockOf(o.lines.map((l) => l.skuId))).toEqual([100, 100]),
      };
    },
  },

  // ── catalog and settings ──
  ...([true, false] as const).map((archived): Row => ({
    name: archived ? "product: archive" : "product: restore",
    already: [archived ? "PRODUCT_ALREADY_ARCHIVED" : "PRODUCT_NOT_ARCHIVED"],
    mails: 0,
    setup: async (w) => {
      const product = await prisma.product.create({ data: { brandId: w.brand.id, productCode: `P-${uid()}`, name: "Race", archivedAt: archived ? null : new Date() } });
      return {
        actor: w.staff,
        call: () => archiveProductAction({ id: product.id, archived }),
        audit: { entityId: product.id, action: archived ? "product.archive" : "product.restore" },
      };
    },
  })),
  {
    name: "staff: change a member's role",
    already: ["ROLE_ALREADY_CHANGED"],
    mails: 0,
    setup: async (w) => {
      const m = await member(w, "STAFF");
      return {
        actor: w.owner,
        call: () => changeStaffRoleAction({ memberId: m.id, from: "STAFF", role: "ADMIN" }),
        audit: { entityId: m.id, action: "staff.role.change" },
      };
    },
  },
  {
    name: "staff: remove a member",
    already: ["NOT_FOUND"],
    alreadyMessage: /already removed/,
    mails: 0,
    setup: async (w) => {
      const m = await member(w, "STAFF");
      return { actor: w.owner, call: () => removeStaffMemberAction({ memberId: m.id }), audit: { entityId: m.id, action: "staff.remove" } };
    },
  },
  {
    name: "staff: invite a new address (double submit)",
    already: ["VALIDATION"],
    alreadyMessage: /has already been invited/,
    mails: 1,
    setup: async (w) => {
      const email = `staff-${uid()}@test.example`;
      return {
        actor: w.owner,
        call: () => inviteStaffAction({ email, role: "STAFF" }),
        audit: { brandId: w.brand.id, action: "staff.invite", data: { path: ["email"], equals: email } },
        after: async () => expect(await prisma.staffInvitation.count({ where: { brandId: w.brand.id, email } })).toBe(1),
      };
    },
  },
  {
    name: "staff: add an existing user (double submit)",
    already: ["VALIDATION"],
    alreadyMessage: /is already a member/,
    mails: 1,
    setup: async (w) => {
      const user = await createUser("joiner");
      return {
        actor: w.owner,
        call: () => inviteStaffAction({ email: user.email, role: "OPS" }),
        audit: { brandId: w.brand.id, action: "staff.add", data: { path: ["email"], equals: user.email } },
        after: async () => expect(await prisma.brandMember.count({ where: { brandId: w.brand.id, userId: user.id } })).toBe(1),
      };
    },
  },
  {
    name: "staff: revoke an invitation",
    already: ["NOT_FOUND"],
    alreadyMessage: /already accepted or revoked/,
    mails: 0,
    setup: async (w) => {
      const invitation = await prisma.staffInvitation.create({ data: { brandId: w.brand.id, email: `staff-${uid()}@test.example`, role: "STAFF", tokenHash: hashSecretToken(uid() + uid()) } });
      return { actor: w.owner, call: () => revokeStaffInvitationAction({ invitationId: invitation.id }), audit: { entityId: invitation.id, action: "staff.invite.revoke" } };
    },
  },
  {
    name: "tag: create one name, typed in different cases (unique regardless of case)",
    already: ["VALIDATION"],
    alreadyMessage: /already exists/,
    mails: 0,
    setup: async (w) => {
      const name = `Race ${uid()}`;
      let i = 0;
      return {
        actor: w.owner,
        call: () => createTagAction({ name: i++ % 2 ? name.toUpperCase() : name }),
        audit: { brandId: w.brand.id, action: "tag.create", OR: [name, name.toUpperCase()].map((n) => ({ data: { path: ["name"], equals: n } })) },
        after: async () => expect(await prisma.tag.count({ where: { brandId: w.brand.id, name: { equals: name, mode: "insensitive" } } })).toBe(1),
      };
    },
  },
  {
    name: "tag: delete",
    already: ["NOT_FOUND"],
    alreadyMessage: /already deleted/,
    mails: 0,
    setup: async (w) => {
      const tag = await prisma.tag.create({ data: { brandId: w.brand.id, name: `tag-${uid()}` } });
      return { actor: w.owner, call: () => deleteTagAction({ id: tag.id }), audit: { entityId: tag.id, action: "tag.delete" } };
    },
  },
  {
    name: "lookbook: delete",
    already: ["NOT_FOUND"],
    alreadyMessage: /already deleted/,
    mails: 0,
    setup: async (w) => {
      const lookbook = await prisma.lookbook.create({ data: { brandId: w.brand.id, name: "Race" } });
      return { actor: w.staff, call: () => deleteLookbookAction({ id: lookbook.id }), audit: { entityId: lookbook.id, action: "lookbook.delete" } };
    },
  },
  {
    name: "shipping rate group: delete",
    already: ["NOT_FOUND"],
    alreadyMessage: /already deleted/,
    mails: 0,
    setup: async (w) => {
      const group = await prisma.shippingRateGroup.create({ data: { brandId: w.brand.id, name: "Race", currency: "JPY", country: "JP" } });
      return { actor: w.owner, call: () => deleteRateGroupAction({ id: group.id }), audit: { entityId: group.id, action: "rate-group.delete" } };
    },
  },

  // ── payment ──
  {
    name: "Stripe: one payment event delivered 20 times at once",
    already: ["duplicate"],
    mails: 0,
    outcome: async (result) => {
      const response = result as Response;
      const body = (await response.json()) as { handled?: string; error?: string };
      return response.status === 200 && body.handled === "paid" ? { ok: true } : { ok: false, code: body.handled ?? `${response.status}`, message: body.error ?? "" };
    },
    setup: async (w) => {
      const secret = "whsec_race_secret";
      process.env.STRIPE_WEBHOOK_SECRET = secret;
      const o = await order(w, "PLEASE_CREATE_OC", null, { paymentMethod: "STRIPE_CARD", paymentStatus: "AWAITING_PAYMENT" });
      const session = `cs_test_${o.id}`;
      await prisma.order.update({ where: { id: o.id }, data: { stripeCheckoutSessionId: session } });
      const payload = JSON.stringify({
        id: `evt_${o.id}`, object: "event", type: "checkout.session.completed",
        data: { object: { id: session, object: "checkout.session", payment_status: "paid", metadata: { orderId: o.id } } },
      });
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
      return {
        actor: null,
        call: () => stripeWebhook(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: payload, headers: { "stripe-signature": signature } })),
        audit: { entityId: o.id, action: "payment.update" },
        after: async () => expect((await prisma.order.findUniqueOrThrow({ where: { id: o.id } })).paymentStatus).toBe("PAID"),
      };
    },
  },
];

describe(`${CALLERS} concurrent callers per state transition give exactly one effect`, { timeout: 120_000 }, () => {
  let world: LinkWorld;
  beforeAll(async () => {
    world = await createLinkWorld();
  });

  it.each(rows.map((row) => [row.name, row] as const))("%s", async (_name, row) => {
    const race = await row.setup(world);
    const mailsBefore = await prisma.outboxEmail.count({ where: { brandId: world.brand.id } });
    await actAs(race.actor, { brandId: world.brand.id });

    const results = await Promise.all(Array.from({ length: CALLERS }, () => race.call()));

    const outcomes = await Promise.all(results.map((r) => (row.outcome ?? actionOutcome)(r)));
    const winners = outcomes.filter((o) => o.ok);
    const losers = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
    expect(winners, JSON.stringify(losers.slice(0, 3))).toHaveLength(1);
    expect(losers.filter((l) => !row.already.includes(l.code))).toEqual([]);
    if (row.alreadyMessage) for (const l of losers) expect(l.message).toMatch(row.alreadyMessage);
    if (race.audit) expect(await prisma.auditEvent.count({ where: race.audit })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { brandId: world.brand.id } })).toBe(mailsBefore + row.mails);
    await race.after?.();
  });
});

describe("the last units of a SKU", { timeout: 120_000 }, () => {
  it("20 buyers check out the last 5 units at once: 20 orders, and releasing them all at once ships exactly 5", async () => {
    const world = await createLinkWorld();
    const sku = world.skus[0];
    await prisma.sku.update({ where: { id: sku.id }, data: { stockQuantity: 5 } });
    const link = await createLink(world, { type: "INSTANT", addressField: "SHOW" });
    // Each buyer is a separate visitor with their own cart (the link session cookie), filled in turn.
    const buyers = [];
    for (let i = 0; i < CALLERS; i++) {
      await actAs(null);
      expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: sku.id, quantity: 1 }] })).toMatchObject({ ok: true });
      buyers.push((await resolveLink(link.token))!.purchase!);
    }

    // Checkout does not take stock (release does), so every buyer gets an order.
    const placed = await Promise.all(buyers.map((ctx, i) => placeOrder(ctx, checkoutInput({ email: `last-unit-${i}@test.example`, companyName: `Shop ${i}` }))));
    const orderIds = placed.map((p) => p.orderId);
    expect(new Set(orderIds).size).toBe(CALLERS);
    expect(new Set(placed.map((p) => p.orderNumber)).size).toBe(CALLERS);
    expect((await prisma.sku.findUniqueOrThrow({ where: { id: sku.id } })).stockQuantity).toBe(5);

    // Confirmed (the OC steps are raced above), then 20 staff each release one order at once.
    await prisma.order.updateMany({ where: { id: { in: orderIds } }, data: { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED", ocConfirmedAt: new Date() } });
    await actAs(world.ops);
    const mailsBefore = await prisma.outboxEmail.count({ where: { brandId: world.brand.id } });
    const results = await Promise.all(orderIds.map((id) => prepareForReleaseAction({ orderIds: [id] })));

    const outcomes = results.map(firstOrderOutcome);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(outcomes.filter((o) => !o.ok).map((o) => (o.ok ? "" : o.code))).toEqual(Array(CALLERS - 5).fill("STOCK_SHORT"));
    expect((await prisma.sku.findUniqueOrThrow({ where: { id: sku.id } })).stockQuantity).toBe(0);
    const taken = await prisma.stockMovement.aggregate({ where: { skuId: sku.id }, _sum: { delta: true } });
    expect(taken._sum.delta).toBe(-5);
    const statuses = await prisma.order.groupBy({ by: ["releaseStatus"], where: { id: { in: orderIds } }, _count: true });
    expect(Object.fromEntries(statuses.map((s) => [s.releaseStatus, s._count]))).toEqual({ PREPARING_PRODUCT: 5, FAILED_TO_RELEASE: CALLERS - 5 });
    expect(await prisma.auditEvent.count({ where: { entityId: { in: orderIds }, action: "release.prepare" } })).toBe(5);
    expect(await prisma.outboxEmail.count({ where: { brandId: world.brand.id, template: "orderProcessing" } })).toBe(5);
    expect(await prisma.outboxEmail.count({ where: { brandId: world.brand.id } })).toBe(mailsBefore + 5);
  });
});
