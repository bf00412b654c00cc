import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CheckoutForm } from "@/components/cart/checkout-form";
import { LinkFrame } from "@/components/link-pages/link-frame";
import { LinkGate } from "@/components/link-pages/link-gate";
import { loadCart } from "@/lib/cart/cart";
import { loadCheckoutOptions } from "@/lib/checkout/checkout-options";
import { checkoutMessages } from "@/lib/checkout/messages";
import { prisma } from "@/lib/db/client";
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
  const options = await loadCheckoutOptions(purchase, [...new Set(cart.lines.map((l) => l.catalogId))]);
  const buyer = purchase.buyer;
  const address = buyer ? await prisma.buyerAddress.findFirst({ where: { buyerId: buyer.id }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] }) : null;
  const m = checkoutMessages(resolved.language);
  return (
    <LinkFrame resolved={resolved}>
      <h1 className="mb-4 text-xl font-semibold">{m.checkout}</h1>
      <CheckoutForm
        language={resolved.language}
        currency={purchase.currency}
        subtotal={cart.subtotal}
        options={{ guest: !buyer, ...options }}
        defaults={
          buyer
            ? {
                contactName: buyer.contactName ?? resolved.viewer?.user?.name ?? "",
                email: buyer.email ?? resolved.viewer?.user?.email ?? "",
                phone: buyer.phone ?? "",
                country: address?.country ?? buyer.country,
                shipRecipient: address?.recipientName ?? "",
                shipLine1: address?.line1 ?? "",
                shipLine2: address?.line2 ?? "",
                shipCity: address?.city ?? "",
                shipRegion: address?.region ?? "",
                shipPostalCode: address?.postalCode ?? "",
              }
            : { country: purchase.brand.homeCountry }
        }
        place={placeLinkOrderAction.bind(null, token)}
      />
    </LinkFrame>
  );
}
