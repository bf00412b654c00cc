import "server-only";
// Starts Stripe Checkout for an order placed with Stripe Credit Card Payment (after the order's
// transaction committed: the order exists, waiting for payment, whatever Stripe answers).
// One order gets one Checkout Session: the create call carries an idempotency key made from the
// order id (a retried call gets the same session back), and a later submit of the same checkout
// form (the buyer retrying after an error or a lost answer) reopens the stored session while it is
// open instead of starting a second payment.
import Stripe from "stripe";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { localeOf } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message-text";
import { translatorFor } from "@/lib/i18n/translator";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { toStripeAmount } from "./amount";
import { stripeClient } from "./stripe-client";

/** Stripe's idempotency key for the order's Checkout Session. */
export function checkoutSessionIdempotencyKey(orderId: string): string {
  return `checkout-session-${orderId}`;
}

/**
 * The URL of Stripe's payment page for the order, or null when there is nothing to pay there any
 * more (paid, expired, failed, or not a card order): the caller then shows the order's own page.
 */
export async function startStripeCheckout(orderId: string, urls: { successUrl: string; cancelUrl: string }): Promise<string | null> {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { brand: { select: { name: true, orderPrefix: true } } } });
  if (order.paymentMethod !== "STRIPE_CARD" || order.paymentStatus !== "AWAITING_PAYMENT") return null;
  const orderNumber = formatOrderNumber(order.brand.orderPrefix, order.number);
  const unavailable = new AppError("STRIPE_UNAVAILABLE", msg("checkout.errors.cardPageUnavailable", { orderNumber }));
  const stripe = stripeClient();
  if (!stripe) throw unavailable;
  try {
    if (order.stripeCheckoutSessionId) {
      const existing = await stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId);
      return existing.status === "open" && existing.url ? existing.url : null;
    }
    const session = await stripe.checkout.sessions.create(
      {
        mode: "payment",
        customer_email: order.contactEmail,
        client_reference_id: order.id,
        metadata: { orderId: order.id, orderNumber },
        line_items: [
          {
            quantity: 1,
            price_data: { currency: order.currency.toLowerCase(), unit_amount: toStripeAmount(order.total, order.currency), product_data: { name: translatorFor(localeOf(order.language))("checkout.stripe.productName", { brand: order.brand.name, orderNumber }) } },
          },
        ],
        success_url: urls.successUrl,
        cancel_url: urls.cancelUrl,
      },
      { idempotencyKey: checkoutSessionIdempotencyKey(order.id) },
    );
    await prisma.order.updateMany({ where: { id: order.id, stripeCheckoutSessionId: null }, data: { stripeCheckoutSessionId: session.id } });
    if (!session.url) throw unavailable;
    return session.url;
  } catch (error) {
    // Stripe unreachable, refusing the key or answering an error: the order stands, awaiting
    // payment, and submitting the form again retries. Logged for staff; the buyer sees an outage.
    if (error instanceof Stripe.errors.StripeError) {
      console.error(`Stripe Checkout for order ${order.id} failed`, error.type, error.message);
      throw unavailable;
    }
    throw error;
  }
}
