import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { cache } from "react";
import { LinkShell } from "@/components/link-pages/link-shell";
import { OrderPageUnavailable } from "@/components/link-pages/order-page-unavailable";
import { BuyerCancelDialog } from "@/components/orders/buyer-cancel-dialog";
import { BuyerOrderPacks, BuyerOrderRequests } from "@/components/orders/buyer-order-details";
import { OrderProgress } from "@/components/orders/order-progress";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { localeOf } from "@/lib/i18n/locales";
import { findOrderPageLink, findVisitorLinkOrder } from "@/lib/link-access/link-order";
import { formatMoney } from "@/lib/money/format";
import { cancelLinkOrderAction } from "@/lib/orders/actions";
import { buyerOrderProgress } from "@/lib/orders/buyer-order-progress";
import { buyerCancelRefusal } from "@/lib/orders/cancel-order-by-buyer";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { orderPacks } from "@/lib/orders/pack-lines";
import { getLinkOrderDetail, orderEnding } from "@/lib/orders/queries";

type Params = { token: string; orderId: string };

/** The order this visitor placed through the link (lib/link-access/link-order.ts), or null. */
const visitorOrder = cache(async (token: string, orderId: string) => {
  const access = await findVisitorLinkOrder(token, orderId);
  const order = access ? await getLinkOrderDetail(access.link.id, orderId) : null;
  return access && order ? { link: access.link, order } : null;
});

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { token, orderId } = await params;
  const found = await visitorOrder(token, orderId);
  const t = await getTranslations({ locale: found ? localeOf(found.order.language) : await getLocale(), namespace: "checkout.metadata" });
  return { title: t("orderPlaced") };
}

// Shown only to the visitor whose link session placed the order (lib/link-access/link-order.ts): the
// order, where it stands, and the buyer's cancel until release preparation starts. Anyone else is
// told who can see it, not that the link does not exist. It speaks the order's language (the
// buyer's trading terms or the link's when it was placed), whatever the visitor chose since.
export default async function LinkOrderPlacedPage({ params }: { params: Promise<Params> }) {
  const { token, orderId } = await params;
  const found = await visitorOrder(token, orderId);
  if (!found) {
    const page = await findOrderPageLink(token);
    if (!page) notFound();
    return <OrderPageUnavailable token={token} brandName={page.brand.name} />;
  }
  const { link, order } = found;
  const locale = localeOf(order.language);
  const [t, order$, ending] = await Promise.all([
    getTranslations({ locale, namespace: "checkout.placed" }), getTranslations({ locale, namespace: "buyerApp.order" }), orderEnding(order),
  ]);
  const packs = orderPacks(order.packLines, order.lines);
  const progress = buyerOrderProgress(order, ending);
  const ended = progress.end !== null;
  const money = (n: number) => formatMoney(n, order.currency, locale);
  const title = progress.end ? (await getTranslations({ locale, namespace: "buyerApp.progress" }))(progress.end.kind) : t("title");
  return (
    <LinkShell token={token} brandName={link.brand.name} language={order.language}>
      <IntlProvider locale={locale}>
        <div className="mx-auto max-w-lg space-y-4" data-testid="order-placed">
          <div className={ended ? "rounded-xl border border-slate-200 bg-white p-5" : "rounded-xl border border-emerald-200 bg-emerald-50 p-5"}>
            <h1 className={ended ? "text-xl font-semibold text-slate-900" : "text-xl font-semibold text-emerald-900"}>{title}</h1>
            <p className={ended ? "mt-2 text-sm text-slate-700" : "mt-2 text-sm text-emerald-900"}>
              {t("orderNumber")} <strong data-testid="order-number">{formatOrderNumber(link.brand.orderPrefix, order.number)}</strong>
            </p>
            {!ended && <p className="mt-2 text-sm text-emerald-900">{t("text", { email: order.contactEmail })}</p>}
            {order.paymentMethod === "STRIPE_CARD" && order.paymentStatus !== "OUTSIDE_APP" && (
              <p className="mt-2 text-sm" data-testid="payment-state">{t(`payment.${order.paymentStatus}`)}</p>
            )}
          </div>
          <OrderProgress progress={progress} locale={locale} />
          {(order.poNumber || order.requestedDeliveryFrom || order.buyerNote) && (
            <div className="rounded-lg border border-slate-200 bg-white p-3"><BuyerOrderRequests order={order} /></div>
          )}
          {!buyerCancelRefusal(order) && (
            <div className="flex justify-end">
              <BuyerCancelDialog orderId={order.id} action={cancelLinkOrderAction.bind(null, token)} />
            </div>
          )}
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
            {order.lines.map((l) => (
              <li key={l.id} className="flex justify-between gap-3 p-3">
                <span>
                  {t("line", { product: l.productName, color: l.color, size: l.size, quantity: l.quantity })}
                  {l.packQuantity > 0 && <span className="block text-xs text-slate-500">{order$("fromPacks", { count: l.packQuantity })}</span>}
                </span>
                <span className="tabular-nums">{money(l.lineTotal)}</span>
              </li>
            ))}
            {packs.length > 0 && <li className="p-3"><BuyerOrderPacks packs={packs} /></li>}
            <li className="flex justify-between p-3"><span>{t("shippingFee")}</span><span className="tabular-nums">{money(order.shippingFee)}</span></li>
            <li className="flex justify-between p-3 font-semibold"><span>{t("total")}</span><span className="tabular-nums" data-testid="placed-total">{money(order.total)}</span></li>
          </ul>
          <Link href={`/l/${token}`} className="block text-center text-sm text-brand-700 hover:underline">{t("backToCatalogs")}</Link>
        </div>
      </IntlProvider>
    </LinkShell>
  );
}
