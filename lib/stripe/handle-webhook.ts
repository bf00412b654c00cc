import "server-only";
// Stripe webhooks: the signature is checked with STRIPE_WEBHOOK_SECRET (a forged or stale payload
// is refused), each event is handled once (ProcessedStripeEvent; Stripe retries), and a Checkout
// Session's outcome moves its order out of "awaiting payment" once, with a guarded update plus an
// audit event: completed and paid -> PAID, payment failed -> FAILED, the payment page expired
// unpaid -> EXPIRED (the order stands, unpaid, for the brand to follow up).
import Stripe from "stripe";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { PaymentStatus } from "@/lib/db/generated/enums";

type Outcome = Extract<PaymentStatus, "PAID" | "FAILED" | "EXPIRED"> | null;

// The Checkout Session events that settle an order's card payment, and the payment status each gives.
const OUTCOMES = {
  "checkout.session.completed": (s: Stripe.Checkout.Session): Outcome => (s.payment_status === "paid" ? "PAID" : null),
  "checkout.session.async_payment_succeeded": (s: Stripe.Checkout.Session): Outcome => (s.payment_status === "paid" ? "PAID" : null),
  "checkout.session.async_payment_failed": (): Outcome => "FAILED",
  "checkout.session.expired": (): Outcome => "EXPIRED",
};

export type WebhookResult = { status: number; body: { received: boolean; error?: string; handled?: string } };

export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookResult> {
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!secret) return { status: 503, body: { received: false, error: "Stripe webhooks are not configured." } };
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature ?? "", secret);
  } catch {
    return { status: 400, body: { received: false, error: "Invalid signature." } };
  }
  const outcomeOf = Object.hasOwn(OUTCOMES, event.type) ? OUTCOMES[event.type as keyof typeof OUTCOMES] : undefined;
  if (!outcomeOf) return { status: 200, body: { received: true, handled: "ignored" } };
  const session = event.data.object as Stripe.Checkout.Session;
  const to = outcomeOf(session);
  // Completed but not yet paid (a delayed payment method): async_payment_succeeded/failed follows.
  if (!to) return { status: 200, body: { received: true, handled: "pending" } };
  try {
    await prisma.$transaction(async (tx) => {
      await tx.processedStripeEvent.create({ data: { id: event.id } });
      const orderId = session.metadata?.orderId ?? session.client_reference_id ?? undefined;
      const order = await tx.order.findFirst({ where: { OR: [{ stripeCheckoutSessionId: session.id }, ...(orderId ? [{ id: orderId }] : [])] } });
      if (!order) return;
      const { count } = await tx.order.updateMany({
        where: { id: order.id, paymentStatus: "AWAITING_PAYMENT" },
        data: { paymentStatus: to, stripeCheckoutSessionId: session.id },
      });
      if (count === 1) {
        await recordAudit(tx, { brandId: order.brandId, actor: { label: "Stripe" }, entityType: "Order", entityId: order.id, action: "payment.update", from: "AWAITING_PAYMENT", to, data: { eventId: event.id } });
      }
    });
  } catch (error) {
    // Already processed (a retry): acknowledge without a second effect.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: 200, body: { received: true, handled: "duplicate" } };
    throw error;
  }
  return { status: 200, body: { received: true, handled: to.toLowerCase() } };
}
