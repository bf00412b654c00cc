import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CartLines } from "@/components/cart/cart-lines";
import { ViewOnlyNotice } from "@/components/link-pages/link-catalog-list";
import { LinkFrame } from "@/components/link-pages/link-frame";
import { LinkGate } from "@/components/link-pages/link-gate";
import { loadCart } from "@/lib/cart/cart";
import { checkoutMessages } from "@/lib/checkout/messages";
import { removeLinkCartLineAction } from "@/lib/link-access/actions";
import { resolveLink } from "@/lib/link-access/resolve-link";

export const metadata: Metadata = { title: "Cart" };

export default async function LinkCartPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const resolved = await resolveLink(token);
  if (!resolved) notFound();
  const gate = await LinkGate({ resolved });
  if (gate) return gate;
  const purchase = resolved.purchase!;
  const m = checkoutMessages(resolved.language);
  if (!purchase.canOrder) {
    return (
      <LinkFrame resolved={resolved}>
        <ViewOnlyNotice />
      </LinkFrame>
    );
  }
  const cart = await loadCart(purchase);
  return (
    <LinkFrame resolved={resolved}>
      <h1 className="mb-4 text-xl font-semibold">{m.cart}</h1>
      <CartLines
        lines={cart.lines}
        subtotal={cart.subtotal}
        currency={cart.currency}
        language={resolved.language}
        continueHref={`/l/${token}`}
        checkoutHref={`/l/${token}/checkout`}
        remove={removeLinkCartLineAction.bind(null, token)}
      />
    </LinkFrame>
  );
}
