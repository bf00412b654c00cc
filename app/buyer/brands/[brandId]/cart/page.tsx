import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoLongerConnected } from "@/components/buyer/no-longer-connected";
import { CartLines } from "@/components/cart/cart-lines";
import { PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { standardOrderPurchase } from "@/lib/buyer-app/standard-order";
import { removeStandardOrderCartLineAction } from "@/lib/buyer-app/standard-order-actions";
import { loadCart } from "@/lib/cart/cart";

export const metadata: Metadata = { title: "Cart" };

export default async function BuyerCartPage({ params }: { params: Promise<{ brandId: string }> }) {
  const ctx = await requireBuyerPage();
  const { brandId } = await params;
  const access = await standardOrderPurchase(ctx, brandId);
  if (!access) notFound();
  if (access.state === "closed") return <NoLongerConnected brandName={access.brand.name} />;
  const cart = await loadCart(access.purchase);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/buyer/brands/${brandId}`} className="text-brand-700 hover:underline">← {access.brand.name}</Link>
      </p>
      <PageHeader title="Cart" description={`Standard Order with ${access.brand.name} · prices in ${cart.currency} under your trading terms.`} />
      <CartLines
        lines={cart.lines}
        subtotal={cart.subtotal}
        currency={cart.currency}
        language="EN"
        continueHref={`/buyer/brands/${brandId}`}
        checkoutHref={`/buyer/brands/${brandId}/checkout`}
        remove={removeStandardOrderCartLineAction.bind(null, brandId)}
      />
    </>
  );
}
