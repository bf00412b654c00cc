import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { NoLongerConnected } from "@/components/buyer/no-longer-connected";
import { ReorderNotice } from "@/components/buyer/reorder-notice";
import { CartLines } from "@/components/cart/cart-lines";
import { PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { standardOrderPurchase } from "@/lib/buyer-app/standard-order";
import { removeStandardOrderCartLineAction, saveStandardOrderCartAction } from "@/lib/buyer-app/standard-order-actions";
import { loadCart } from "@/lib/cart/cart";
import { loadCartMinimum } from "@/lib/cart/cart-minimum";
import { clientCart } from "@/lib/cart/client-cart";
import { minimumNotice } from "@/lib/cart/minimum-message";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart.metadata");
  return { title: t("title") };
}

export default async function BuyerCartPage({ params }: { params: Promise<{ brandId: string }> }) {
  const ctx = await requireBuyerPage();
  const { brandId } = await params;
  const access = await standardOrderPurchase(ctx, brandId);
  if (!access) notFound();
  if (access.state === "closed") return <NoLongerConnected brandName={access.brand.name} />;
  const [cart, t, locale] = await Promise.all([loadCart(access.purchase), getTranslations("cart"), getLocale()]);
  const { minimum, shortfall } = await loadCartMinimum(access.purchase, cart);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/buyer/brands/${brandId}`} className="text-brand-700 hover:underline">{t("standardOrder.back", { brand: access.brand.name })}</Link>
      </p>
      <PageHeader title={t("title")} description={t("standardOrder.description", { brand: access.brand.name, currency: cart.currency })} />
      <ReorderNotice brandId={brandId} />
      <CartLines
        cart={clientCart(cart)}
        minimum={minimumNotice(minimum, shortfall, locale)}
        continueHref={`/buyer/brands/${brandId}`}
        checkoutHref={`/buyer/brands/${brandId}/checkout`}
        remove={removeStandardOrderCartLineAction.bind(null, brandId)}
        save={saveStandardOrderCartAction.bind(null, brandId)}
      />
    </>
  );
}
