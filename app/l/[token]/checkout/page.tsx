import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { CheckoutForm } from "@/components/cart/checkout-form";
import { LinkFrame } from "@/components/link-pages/link-frame";
import { LinkGate } from "@/components/link-pages/link-gate";
import { loadCart } from "@/lib/cart/cart";
import { minimumNotice } from "@/lib/cart/minimum-message";
import { checkoutFormSetup } from "@/lib/checkout/checkout-form-setup";
import { placeLinkOrderAction } from "@/lib/link-access/actions";
import { resolveLink } from "@/lib/link-access/resolve-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.metadata");
  return { title: t("title") };
}

export default async function LinkCheckoutPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const resolved = await resolveLink(token);
  if (!resolved) notFound();
  const gate = await LinkGate({ resolved });
  if (gate) return gate;
  const purchase = resolved.purchase!;
  if (!purchase.canOrder) redirect(`/l/${token}`);
  const cart = await loadCart(purchase);
  if (cart.lines.length === 0 && cart.packLines.length === 0) redirect(`/l/${token}/cart`);
  const [{ options, defaults, minimum }, t, locale] = await Promise.all([checkoutFormSetup(purchase, cart, resolved.viewer?.user ?? null), getTranslations("checkout"), getLocale()]);
  return (
    <LinkFrame resolved={resolved}>
      <h1 className="mb-4 text-xl font-semibold">{t("title")}</h1>
      <CheckoutForm
        currency={purchase.currency}
        subtotal={cart.subtotal}
        options={{ guest: !purchase.buyer, ...options }}
        defaults={defaults}
        problems={cart.problems}
        minimum={minimumNotice(minimum.minimum, minimum.shortfall, locale)}
        place={placeLinkOrderAction.bind(null, token)}
      />
    </LinkFrame>
  );
}
