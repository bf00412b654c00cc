import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { NoLongerConnected } from "@/components/buyer/no-longer-connected";
import { CheckoutForm } from "@/components/cart/checkout-form";
import { PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { standardOrderPurchase } from "@/lib/buyer-app/standard-order";
import { placeStandardOrderAction } from "@/lib/buyer-app/standard-order-actions";
import { loadCart } from "@/lib/cart/cart";
import { checkoutFormSetup } from "@/lib/checkout/checkout-form-setup";

export const metadata: Metadata = { title: "Checkout" };

export default async function BuyerCheckoutPage({ params }: { params: Promise<{ brandId: string }> }) {
  const ctx = await requireBuyerPage();
  const { brandId } = await params;
  const access = await standardOrderPurchase(ctx, brandId);
  if (!access) notFound();
  if (access.state === "closed") return <NoLongerConnected brandName={access.brand.name} />;
  const { purchase } = access;
  const cart = await loadCart(purchase);
  if (cart.lines.length === 0) redirect(`/buyer/brands/${brandId}/cart`);
  const { options, defaults } = await checkoutFormSetup(purchase, cart, ctx.user);
  const buyer = purchase.buyer!;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/buyer/brands/${brandId}/cart`} className="text-brand-700 hover:underline">← Cart</Link>
      </p>
      <PageHeader title="Checkout" description={`Standard Order with ${access.brand.name} for ${buyer.name}.`} />
      <CheckoutForm
        language="EN"
        currency={purchase.currency}
        subtotal={cart.subtotal}
        options={{ guest: false, ...options }}
        defaults={defaults}
        place={placeStandardOrderAction.bind(null, brandId)}
      />
    </>
  );
}
