import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { NoLongerConnected } from "@/components/buyer/no-longer-connected";
import { CheckoutForm } from "@/components/cart/checkout-form";
import { PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { standardOrderPurchase } from "@/lib/buyer-app/standard-order";
import { placeStandardOrderAction } from "@/lib/buyer-app/standard-order-actions";
import { loadCart } from "@/lib/cart/cart";
import { minimumNotice } from "@/lib/cart/minimum-message";
import { checkoutFormSetup } from "@/lib/checkout/checkout-form-setup";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.metadata");
  return { title: t("title") };
}

export default async function BuyerCheckoutPage({ params }: { params: Promise<{ brandId: string }> }) {
  const ctx = await requireBuyerPage();
  const { brandId } = await params;
  const access = await standardOrderPurchase(ctx, brandId);
  if (!access) notFound();
  if (access.state === "closed") return <NoLongerConnected brandName={access.brand.name} />;
  const { purchase } = access;
  const cart = await loadCart(purchase);
  if (cart.lines.length === 0 && cart.packLines.length === 0) redirect(`/buyer/brands/${brandId}/cart`);
  const [{ options, defaults, minimum }, t, locale] = await Promise.all([checkoutFormSetup(purchase, cart, ctx.user), getTranslations("checkout"), getLocale()]);
  const buyer = purchase.buyer!;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/buyer/brands/${brandId}/cart`} className="text-brand-700 hover:underline">{t("standardOrder.back")}</Link>
      </p>
      <PageHeader title={t("title")} description={t("standardOrder.description", { brand: access.brand.name, buyer: buyer.name })} />
      <CheckoutForm
        currency={purchase.currency}
        subtotal={cart.subtotal}
        options={{ guest: false, ...options }}
        defaults={defaults}
        problems={cart.problems}
        minimum={minimumNotice(minimum.minimum, minimum.shortfall, locale)}
        place={placeStandardOrderAction.bind(null, brandId)}
      />
    </>
  );
}
