import "server-only";
// Stripe webhooks: the signature is checked with STRIPE_WEBHOOK_SECRET (a forged or stale payload
// is refused), each event is handled once (ProcessedStripeEvent; Stripe retries), and a completed
// Checkout Session marks its order paid with a guarded update plus an audit event.
import Stripe from "stripe";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

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
  if (event.type !== "checkout.session.completed" && event.type !== "checkout.session.async_payment_succeeded" && event.type !== "checkout.session.expired" && event.type !== "checkout.session.async_payment_failed") {
    return { status: 200, body: { received: true, handled: "ignored" } };
  }
  const session = event.data.object as Stripe.Checkout.Session;
  const paid = event.type !== "checkout.session.expired" && event.type !== "checkout.session.async_payment_failed" && session.payment_status === "paid";
  const failed = event.type === "checkout.session.expired" || event.type === "checkout.session.async_payment_failed";
  if (!paid && !failed) return { status: 200, body: { received: true, handled: "pending" } };
  try {
    await prisma.$transaction(async (tx) => {
      await tx.processedStripeEvent.create({ data: { id: event.id } });
      const orderId = session.metadata?.orderId ?? session.client_reference_id ?? undefined;
      const order = await tx.order.findFirst({ where: { OR: [{ stripeCheckoutSessionId: session.id }, ...(orderId ? [{ id: orderId }] : [])] } });
      if (!order) return;
      const to = paid ? "PAID" : "FAILED";
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
  return { status: 200, body: { received: true, handled: paid ? "paid" : "failed" } };
}
