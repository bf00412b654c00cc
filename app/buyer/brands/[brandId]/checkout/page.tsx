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
import { loadCheckoutOptions } from "@/lib/checkout/checkout-options";
import { prisma } from "@/lib/db/client";

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
  const options = await loadCheckoutOptions(purchase, [...new Set(cart.lines.map((l) => l.catalogId))]);
  const buyer = purchase.buyer!;
  const address = await prisma.buyerAddress.findFirst({ where: { buyerId: buyer.id }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
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
        defaults={{
          contactName: buyer.contactName ?? ctx.user.name,
          email: buyer.email ?? ctx.user.email,
          phone: buyer.phone ?? "",
          country: address?.country ?? buyer.country,
          shipRecipient: address?.recipientName ?? "",
          shipLine1: address?.line1 ?? "",
          shipLine2: address?.line2 ?? "",
          shipCity: address?.city ?? "",
          shipRegion: address?.region ?? "",
          shipPostalCode: address?.postalCode ?? "",
        }}
        place={placeStandardOrderAction.bind(null, brandId)}
      />
    </>
  );
}
