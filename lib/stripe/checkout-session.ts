import "server-only";
// Starts Stripe Checkout for an order placed with Stripe Credit Card Payment (after the order's
// transaction committed: the order exists, waiting for payment, whatever Stripe answers).
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { stripeClient } from "./stripe-client";

export async function startStripeCheckout(orderId: string, urls: { successUrl: string; cancelUrl: string }): Promise<string> {
  const stripe = stripeClient();
  if (!stripe) throw new AppError("STRIPE_UNAVAILABLE", "Card payment is not available. Please choose another payment method.");
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { brand: { select: { name: true, orderPrefix: true } } } });
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: order.contactEmail,
    client_reference_id: order.id,
    metadata: { orderId: order.id },
    line_items: [
      {
        quantity: 1,
        price_data: { currency: order.currency.toLowerCase(), unit_amount: order.total, product_data: { name: `${order.brand.name} order ${order.brand.orderPrefix}-${String(order.number).padStart(6, "0")}` } },
      },
    ],
    success_url: urls.successUrl,
    cancel_url: urls.cancelUrl,
  });
  await prisma.order.update({ where: { id: order.id }, data: { stripeCheckoutSessionId: session.id } });
  if (!session.url) throw new AppError("STRIPE_UNAVAILABLE", "Stripe did not return a payment page. Please try again.");
  return session.url;
}
