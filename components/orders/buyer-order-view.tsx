// An order as the buyer sees it (Buyer App and the e-mailed approval page): phone-friendly, in the
// request's language (the Buyer App user's; on the approval page, the order's). With what the buyer
// wrote at checkout (PO No., requested delivery, note) and the prepacks (their units are in the
// lines, which say how many came from packs).
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money/format";
import type { BuyerOrderProgress } from "@/lib/orders/buyer-order-progress";
import { orderPacks } from "@/lib/orders/pack-lines";
import type { OrderDetail } from "@/lib/orders/queries";
import { BuyerOrderPacks, BuyerOrderRequests } from "./buyer-order-details";
import { BuyerStatusBadge, OrderProgress } from "./order-progress";
import { Section, ShippingAddress } from "./order-sections";

export function BuyerOrderView({
  order, number, actions, progress, deliveryNotePdf,
}: { order: OrderDetail; number: string; actions?: React.ReactNode; progress?: BuyerOrderProgress; deliveryNotePdf?: string }) {
  const t = useTranslations("buyerApp.order");
  const locale = useLocale();
  const format = useFormatter();
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const packs = orderPacks(order.packLines, order.lines);
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-slate-500">{order.brand.name}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title", { number })}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="order-status"><BuyerStatusBadge status={order.status} releaseStatus={order.releaseStatus} /></div>
      </div>
      {actions && <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">{actions}</div>}
      {progress && <OrderProgress progress={progress} timeZone={order.brand.timeZone} deliveryNotePdf={deliveryNotePdf} />}
      {(order.poNumber || order.requestedDeliveryFrom || order.buyerNote) && (
        <Section title={t("details")}><BuyerOrderRequests order={order} /></Section>
      )}
      <Section title={t("orderConfirmation")}>
        <ul className="divide-y divide-slate-100">
          {order.lines.map((l) => (
            <li key={l.id} className="flex items-start justify-between gap-3 py-2 text-sm" data-testid="order-line">
              <div className="min-w-0">
                <p className="font-medium">{l.productName}</p>
                <p className="text-slate-500">{l.skuCode} · {l.color} / {l.size}</p>
                <p className="text-slate-500">{format.number(l.quantity)} × {money(l.unitPrice)}</p>
                {l.packQuantity > 0 && <p className="text-xs text-slate-500">{t("fromPacks", { count: l.packQuantity })}</p>}
              </div>
              <p className="shrink-0 tabular-nums">{money(l.lineTotal)}</p>
            </li>
          ))}
        </ul>
        {packs.length > 0 && <div className="mt-3 border-t border-slate-200 pt-2"><BuyerOrderPacks packs={packs} /></div>}
        <dl className="mt-3 space-y-1 border-t border-slate-200 pt-2 text-sm">
          <div className="flex justify-between"><dt className="text-slate-600">{t("subtotal")}</dt><dd className="tabular-nums">{money(order.subtotal)}</dd></div>
          <div className="flex justify-between"><dt className="text-slate-600">{t("shipping")}</dt><dd className="tabular-nums">{money(order.shippingFee)}</dd></div>
          <div className="flex justify-between font-semibold"><dt>{t("total")}</dt><dd className="tabular-nums" data-testid="order-total">{money(order.total)}</dd></div>
        </dl>
      </Section>
      <Section title={t("shippingAddress")}><ShippingAddress order={order} /></Section>
    </div>
  );
}
