// Read-only sections of an order, shared by the admin detail page and the Buyer App.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMoney } from "@/lib/money/format";
import type { OrderDetail } from "@/lib/orders/queries";

export function Section({ title, children, className, testId }: { title: string; children: React.ReactNode; className?: string; testId?: string }) {
  return (
    <Card className={`p-4 ${className ?? ""}`} data-testid={testId}>
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
      {children}
    </Card>
  );
}

export function Dl({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {items.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-500">{k}</dt>
          <dd className="text-slate-900">{v ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ShippingAddress({ order }: { order: OrderDetail }) {
  const t = useTranslations("orders.sections");
  if (!order.shipLine1) {
    return <p className="text-sm text-slate-600">{t("noAddress", { country: order.shipCountry })}</p>;
  }
  return (
    <address className="text-sm not-italic text-slate-900">
      {order.shipRecipient}<br />
      {order.shipLine1}{order.shipLine2 ? <><br />{order.shipLine2}</> : null}<br />
      {[order.shipCity, order.shipRegion, order.shipPostalCode].filter(Boolean).join(", ")}<br />
      {order.shipCountry}{order.shipPhone ? <><br />{order.shipPhone}</> : null}
    </address>
  );
}

export function OrderLinesTable({ order, quantities }: { order: OrderDetail; quantities?: { id: string; delivered: number; undelivered: number }[] }) {
  const t = useTranslations("orders.sections");
  const format = useFormatter();
  const locale = useLocale();
  const q = new Map(quantities?.map((x) => [x.id, x]));
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t("product")}</Th><Th>{t("sku")}</Th><Th>{t("colorSize")}</Th><Th className="text-right">{t("quantity")}</Th>
          {quantities && <><Th className="text-right">{t("delivered")}</Th><Th className="text-right">{t("undelivered")}</Th></>}
          <Th className="text-right">{t("unitPrice")}</Th><Th className="text-right">{t("amount")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {order.lines.map((l) => (
          <tr key={l.id} data-testid="order-line">
            <Td><span className="font-medium">{l.productName}</span><br /><span className="text-xs text-slate-500">{l.productCode}</span></Td>
            <Td className="tabular-nums">{l.skuCode}</Td>
            <Td>{l.color} / {l.size}</Td>
            <Td className="text-right tabular-nums">
              {format.number(l.quantity)}
              {l.packQuantity > 0 && <span className="block text-xs text-slate-500">{t("fromPacks", { count: l.packQuantity })}</span>}
            </Td>
            {quantities && <><Td className="text-right tabular-nums">{format.number(q.get(l.id)?.delivered ?? 0)}</Td><Td className="text-right tabular-nums">{format.number(q.get(l.id)?.undelivered ?? 0)}</Td></>}
            <Td className="text-right tabular-nums">{formatMoney(l.unitPrice, order.currency, locale)}</Td>
            <Td className="text-right tabular-nums">{formatMoney(l.lineTotal, order.currency, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function Totals({ order }: { order: OrderDetail }) {
  const t = useTranslations("orders.sections");
  const locale = useLocale();
  return (
    <dl className="ml-auto mt-3 w-full max-w-xs space-y-1 text-sm">
      <div className="flex justify-between"><dt className="text-slate-600">{t("subtotal")}</dt><dd className="tabular-nums">{formatMoney(order.subtotal, order.currency, locale)}</dd></div>
      <div className="flex justify-between"><dt className="text-slate-600">{order.shippingOptionName ? t("shippingWithOption", { option: order.shippingOptionName }) : t("shipping")}</dt><dd className="tabular-nums">{formatMoney(order.shippingFee, order.currency, locale)}</dd></div>
      <div className="flex justify-between border-t border-slate-200 pt-1 font-semibold"><dt>{t("total")}</dt><dd className="tabular-nums" data-testid="order-total">{formatMoney(order.total, order.currency, locale)}</dd></div>
    </dl>
  );
}
