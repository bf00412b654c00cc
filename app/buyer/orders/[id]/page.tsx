import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { OrderAgainButton } from "@/components/buyer/order-again-button";
import { ApproveOcButton } from "@/components/orders/approve-oc-button";
import { BuyerCancelDialog } from "@/components/orders/buyer-cancel-dialog";
import { BuyerOrderView } from "@/components/orders/buyer-order-view";
import { requireBuyerPage } from "@/lib/auth/guards";
import { cancelOrderAsBuyerAction } from "@/lib/orders/actions";
import { buyerOrderProgress } from "@/lib/orders/buyer-order-progress";
import { buyerCancelRefusal } from "@/lib/orders/cancel-order-by-buyer";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { getBuyerOrderDetail, orderEnding } from "@/lib/orders/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerApp.metadata");
  return { title: t("order") };
}

export default async function BuyerOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireBuyerPage();
  const order = await getBuyerOrderDetail(ctx.user.id, (await params).id);
  if (!order) notFound();
  const number = formatOrderNumber(order.brand.orderPrefix, order.number);
  const awaitingApproval = order.status === "OC_CREATED" && Boolean(order.ocSentAt);
  const [ending, t] = await Promise.all([orderEnding(order), getTranslations("buyerApp.order")]);
  const progress = buyerOrderProgress(order, ending);
  // The buyer has an OC to download once the brand sent or confirmed one (a cancel before that leaves none).
  const ocVisible = progress.steps.some((s) => s.key === "confirmation" && s.reached);
  return (
    <>
      <p className="mb-3 text-sm"><Link href="/buyer/orders" className="text-brand-700 hover:underline">{t("back")}</Link></p>
      {awaitingApproval && (
        <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-700">{t("awaitingApproval", { brand: order.brand.name })}</p>
      )}
      <BuyerOrderView
        order={order}
        number={number}
        progress={progress}
        deliveryNotePdf={`/buyer/orders/${order.id}/pdf`}
        actions={
          <>
            {awaitingApproval && <ApproveOcButton orderId={order.id} />}
            {ocVisible && (
              <a href={`/buyer/orders/${order.id}/pdf`} target="_blank" rel="noopener" className="inline-flex h-10 items-center justify-center rounded-md bg-white px-4 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
                {t("ocPdf")}
              </a>
            )}
            {!buyerCancelRefusal(order) && <BuyerCancelDialog orderId={order.id} action={cancelOrderAsBuyerAction} />}
            {order.buyerId === ctx.buyer.id && <OrderAgainButton orderId={order.id} />}
          </>
        }
      />
    </>
  );
}
