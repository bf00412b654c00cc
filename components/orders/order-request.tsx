// What the buyer asked for at checkout: their PO No., the requested delivery (a date or a window)
// and their note to the brand. Read-only; shown to staff and on the OC. Nothing when none was given.
import { useLocale, useTranslations } from "next-intl";
import { requestedDeliveryText } from "@/lib/orders/requested-delivery";
import { Dl, Section } from "./order-sections";

export type OrderRequestFields = { poNumber: string | null; requestedDeliveryFrom: Date | null; requestedDeliveryTo: Date | null; buyerNote: string | null };

export function hasOrderRequest(order: OrderRequestFields): boolean {
  return Boolean(order.poNumber || order.requestedDeliveryFrom || order.requestedDeliveryTo || order.buyerNote);
}

export function OrderRequest({ order, className }: { order: OrderRequestFields; className?: string }) {
  const t = useTranslations();
  const locale = useLocale();
  if (!hasOrderRequest(order)) return null;
  const delivery = requestedDeliveryText((key, values) => t(key, values), locale, order);
  return (
    <Section title={t("orders.request.title")} className={className} testId="order-request">
      <Dl items={[
        [t("orders.request.poNumber"), order.poNumber],
        [t("orders.request.delivery"), delivery],
        [t("orders.request.note"), order.buyerNote ? <span className="whitespace-pre-line">{order.buyerNote}</span> : null],
      ]} />
    </Section>
  );
}
