import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { CartLines } from "@/components/cart/cart-lines";
import { ViewOnlyNotice } from "@/components/link-pages/link-catalog-list";
import { LinkFrame } from "@/components/link-pages/link-frame";
import { LinkGate } from "@/components/link-pages/link-gate";
import { loadCart } from "@/lib/cart/cart";
import { loadCartMinimum } from "@/lib/cart/cart-minimum";
import { clientCart } from "@/lib/cart/client-cart";
import { minimumNotice } from "@/lib/cart/minimum-message";
import { removeLinkCartLineAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { resolveLink } from "@/lib/link-access/resolve-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart.metadata");
  return { title: t("title") };
}

export default async function LinkCartPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const resolved = await resolveLink(token);
  if (!resolved) notFound();
  const gate = await LinkGate({ resolved });
  if (gate) return gate;
  const purchase = resolved.purchase!;
  if (!purchase.canOrder) {
    return (
      <LinkFrame resolved={resolved}>
        <ViewOnlyNotice />
      </LinkFrame>
    );
  }
  const [cart, t, locale] = await Promise.all([loadCart(purchase), getTranslations("cart"), getLocale()]);
  const { minimum, shortfall } = await loadCartMinimum(purchase, cart);
  return (
    <LinkFrame resolved={resolved}>
      <h1 className="mb-4 text-xl font-semibold">{t("title")}</h1>
      <CartLines
        cart={clientCart(cart)}
        minimum={minimumNotice(minimum, shortfall, locale)}
        continueHref={`/l/${token}`}
        checkoutHref={`/l/${token}/checkout`}
        remove={removeLinkCartLineAction.bind(null, token)}
        save={saveLinkCartAction.bind(null, token)}
      />
    </LinkFrame>
  );
}
