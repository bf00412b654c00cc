import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LinkShell } from "@/components/link-pages/link-shell";
import { OrderPageUnavailable } from "@/components/link-pages/order-page-unavailable";
import { BuyerCancelDialog } from "@/components/orders/buyer-cancel-dialog";
import { OrderProgress } from "@/components/orders/order-progress";
import { checkoutMessages, localeOf, type CheckoutMessages } from "@/lib/checkout/messages";
import type { PaymentStatus } from "@/lib/db/generated/enums";
import { findOrderPageLink, findVisitorLinkOrder } from "@/lib/link-access/link-order";
import { formatMoney } from "@/lib/money/format";
import { cancelLinkOrderAction } from "@/lib/orders/actions";
import { buyerOrderMessages } from "@/lib/orders/buyer-order-messages";
import { buyerOrderProgress } from "@/lib/orders/buyer-order-progress";
import { buyerCancelRefusal } from "@/lib/orders/cancel-order-by-buyer";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { getLinkOrderDetail, orderEnding } from "@/lib/orders/queries";

export const metadata: Metadata = { title: "Order placed" };

function cardPaymentText(m: CheckoutMessages, status: PaymentStatus) {
  switch (status) {
    case "PAID": return m.paymentPaid;
    case "EXPIRED": return m.paymentExpired;
    case "FAILED": return m.paymentFailed;
    default: return m.paymentAwaiting;
  }
}

// Shown only to the visitor whose link session placed the order (its id is in their session): the
// order, where it stands, and the buyer's cancel until release preparation starts. Anyone else is
// told who can see it, not that the link does not exist.
export default async function LinkOrderPlacedPage({ params }: { params: Promise<{ token: string; orderId: string }> }) {
  const { token, orderId } = await params;
  const access = await findVisitorLinkOrder(token, orderId);
  const order = access ? await getLinkOrderDetail(access.link.id, orderId) : null;
  if (!access || !order) {
    const page = await findOrderPageLink(token);
    if (!page) notFound();
    return <OrderPageUnavailable token={token} brandName={page.brand.name} />;
  }
  const { link } = access;
  const m = checkoutMessages(order.language);
  const progress = buyerOrderProgress(order, await orderEnding(order));
  const ended = progress.end !== null;
  const money = (n: number) => formatMoney(n, order.currency, localeOf(order.language));
  return (
    <LinkShell token={token} brandName={link.brand.name} language={order.language}>
      <div className="mx-auto max-w-lg space-y-4" data-testid="order-placed">
        <div className={ended ? "rounded-xl border border-slate-200 bg-white p-5" : "rounded-xl border border-emerald-200 bg-emerald-50 p-5"}>
          <h1 className={ended ? "text-xl font-semibold text-slate-900" : "text-xl font-semibold text-emerald-900"}>
            {progress.end ? buyerOrderMessages(order.language)[progress.end.kind] : m.orderPlaced}
          </h1>
          <p className={ended ? "mt-2 text-sm text-slate-700" : "mt-2 text-sm text-emerald-900"}>
            {m.orderNumber}: <strong data-testid="order-number">{formatOrderNumber(link.brand.orderPrefix, order.number)}</strong>
          </p>
          {!ended && <p className="mt-2 text-sm text-emerald-900">{m.orderPlacedText} {order.contactEmail}</p>}
          {order.paymentMethod === "STRIPE_CARD" && <p className="mt-2 text-sm" data-testid="payment-state">{cardPaymentText(m, order.paymentStatus)}</p>}
        </div>
        <OrderProgress progress={progress} language={order.language} />
        {!buyerCancelRefusal(order) && (
          <div className="flex justify-end">
            <BuyerCancelDialog orderId={order.id} language={order.language} action={cancelLinkOrderAction.bind(null, token)} />
          </div>
        )}
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
          {order.lines.map((l) => (
            <li key={l.id} className="flex justify-between gap-3 p-3">
              <span>{l.productName} · {l.color} / {l.size} × {l.quantity}</span>
              <span className="tabular-nums">{money(l.lineTotal)}</span>
            </li>
          ))}
          <li className="flex justify-between p-3"><span>{m.shippingFee}</span><span className="tabular-nums">{money(order.shippingFee)}</span></li>
          <li className="flex justify-between p-3 font-semibold"><span>{m.total}</span><span className="tabular-nums" data-testid="placed-total">{money(order.total)}</span></li>
        </ul>
        <Link href={`/l/${token}`} className="block text-center text-sm text-brand-700 hover:underline">{m.backToCatalogs}</Link>
      </div>
    </LinkShell>
  );
}
