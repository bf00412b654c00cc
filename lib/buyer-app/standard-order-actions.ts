"use server";
// Server actions of the Buyer App's Standard Order. Each takes the brand id first (pages bind it)
// and works out the purchase again from the session: membership of the active buyer organization,
// a Connected connection and the catalogs the buyer may order from now. Nothing the browser sends
// decides access; cart and checkout are the shared lib/cart and lib/checkout.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { userAction } from "@/lib/actions/action-client";
import { loadCart, removeCartLine, setProductQuantities } from "@/lib/cart/cart";
import { placeOrder } from "@/lib/checkout/place-order";
import { cartQuantitiesSchema, removeCartLineSchema, type CartQuantitiesInput, type CheckoutInput, type RemoveCartLineInput } from "@/lib/checkout/schemas";
import { getBuyerContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { orderIdSchema } from "@/lib/orders/schemas";
import { startStripeCheckout } from "@/lib/stripe/checkout-session";
import { reorder } from "./reorder";
import { requireStandardOrder } from "./standard-order";

export async function saveStandardOrderCartAction(brandId: string, input: CartQuantitiesInput) {
  return userAction({ schema: cartQuantitiesSchema }, async ({ productId, quantities, packs }) => {
    const { purchase } = await requireStandardOrder(brandId);
    const cart = await setProductQuantities(purchase, productId, { quantities, packs });
    return { quantity: cart.quantity, subtotal: cart.subtotal };
  })(input);
}

export async function removeStandardOrderCartLineAction(brandId: string, input: RemoveCartLineInput) {
  return userAction({ schema: removeCartLineSchema }, async (line) => {
    const { purchase } = await requireStandardOrder(brandId);
    const cart = await removeCartLine(purchase, line);
    return { quantity: cart.quantity, subtotal: cart.subtotal };
  })(input);
}

/** Places the order; returns where to go next (the order's page in the Buyer App, or Stripe Checkout), or the order another tab placed. */
export async function placeStandardOrderAction(brandId: string, input: CheckoutInput) {
  return userAction({ schema: z.looseObject({ idempotencyKey: z.string().min(16).max(100) }) }, async () => {
    const { purchase } = await requireStandardOrder(brandId);
    const placed = await placeOrder(purchase, input);
    const done = `/buyer/orders/${placed.orderId}`;
    revalidatePath("/buyer/orders");
    // Ordered from another tab: the form says so and links to the order (not to its payment).
    if (placed.alreadyPlaced) return { orderNumber: placed.orderNumber, redirectTo: done, alreadyPlaced: true };
    // A card order goes to Stripe's page, also on a second submit of the same form (a retry
    // after Stripe could not be reached reopens the one session); once paid or expired, to the order.
    if (placed.paymentMethod === "STRIPE_CARD") {
      const origin = await requestOrigin();
      const payAt = await startStripeCheckout(placed.orderId, { successUrl: `${origin}${done}?paid=1`, cancelUrl: `${origin}${done}` });
      if (payAt) return { orderNumber: placed.orderNumber, redirectTo: payAt };
    }
    return { orderNumber: placed.orderNumber, redirectTo: done };
  })(input);
}

/** The cart's line count and subtotal at this brand (header badge). */
export async function standardOrderCartSummaryAction(brandId: string) {
  return userAction({ schema: z.object({}) }, async () => {
    const { purchase } = await requireStandardOrder(brandId);
    const cart = await loadCart(purchase);
    return { quantity: cart.quantity, subtotal: cart.subtotal };
  })({});
}

/** "Order again" in My orders: the order's still-orderable lines into the brand's Standard Order cart; says what was left out or changed. */
export async function orderAgainAction(input: { orderId: string }) {
  return userAction({ schema: orderIdSchema }, async ({ orderId }) => {
    const ctx = await getBuyerContext();
    if (!ctx) throw new AppError("FORBIDDEN", msg("buyerApp.errors.notMember"));
    const result = await reorder(ctx, orderId);
    revalidatePath(result.cartUrl);
    return result;
  })(input);
}

async function requestOrigin() {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}
