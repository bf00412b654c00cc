import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CheckoutForm } from "@/components/cart/checkout-form";
import { LinkFrame } from "@/components/link-pages/link-frame";
import { LinkGate } from "@/components/link-pages/link-gate";
import { loadCart } from "@/lib/cart/cart";
import { checkoutFormSetup } from "@/lib/checkout/checkout-form-setup";
import { checkoutMessages } from "@/lib/checkout/messages";
import { placeLinkOrderAction } from "@/lib/link-access/actions";
import { resolveLink } from "@/lib/link-access/resolve-link";

export const metadata: Metadata = { title: "Checkout" };

export default async function LinkCheckoutPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const resolved = await resolveLink(token);
  if (!resolved) notFound();
  const gate = await LinkGate({ resolved });
  if (gate) return gate;
  const purchase = resolved.purchase!;
  if (!purchase.canOrder) redirect(`/l/${token}`);
  const cart = await loadCart(purchase);
  if (cart.lines.length === 0) redirect(`/l/${token}/cart`);
  const { options, defaults } = await checkoutFormSetup(purchase, cart, resolved.viewer?.user ?? null);
  const m = checkoutMessages(resolved.language);
  return (
    <LinkFrame resolved={resolved}>
      <h1 className="mb-4 text-xl font-semibold">{m.checkout}</h1>
      <CheckoutForm
        language={resolved.language}
        currency={purchase.currency}
        subtotal={cart.subtotal}
        options={{ guest: !purchase.buyer, ...options }}
        defaults={defaults}
        place={placeLinkOrderAction.bind(null, token)}
      />
    </LinkFrame>
  );
}
