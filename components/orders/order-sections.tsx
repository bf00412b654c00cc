// Read-only sections of an order, shared by the admin detail page and the Buyer App.
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
  if (!order.shipLine1) {
    return <p className="text-sm text-slate-600">No shipping address was collected for this order (the address field was hidden at checkout). Ships to country: {order.shipCountry}.</p>;
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
  const q = new Map(quantities?.map((x) => [x.id, x]));
  return (
    <Table>
      <thead>
        <tr>
          <Th>Product</Th><Th>SKU</Th><Th>Colour / Size</Th><Th className="text-right">Quantity</Th>
          {quantities && <><Th className="text-right">Delivered</Th><Th className="text-right">Undelivered</Th></>}
          <Th className="text-right">Unit price</Th><Th className="text-right">Amount</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {order.lines.map((l) => (
          <tr key={l.id} data-testid="order-line">
            <Td><span className="font-medium">{l.productName}</span><br /><span className="text-xs text-slate-500">{l.productCode}</span></Td>
            <Td className="tabular-nums">{l.skuCode}</Td>
            <Td>{l.color} / {l.size}</Td>
            <Td className="text-right tabular-nums">{l.quantity}</Td>
            {quantities && <><Td className="text-right tabular-nums">{q.get(l.id)?.delivered ?? 0}</Td><Td className="text-right tabular-nums">{q.get(l.id)?.undelivered ?? 0}</Td></>}
            <Td className="text-right tabular-nums">{formatMoney(l.unitPrice, order.currency)}</Td>
            <Td className="text-right tabular-nums">{formatMoney(l.lineTotal, order.currency)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function Totals({ order }: { order: OrderDetail }) {
  return (
    <dl className="ml-auto mt-3 w-full max-w-xs space-y-1 text-sm">
      <div className="flex justify-between"><dt className="text-slate-600">Subtotal</dt><dd className="tabular-nums">{formatMoney(order.subtotal, order.currency)}</dd></div>
      <div className="flex justify-between"><dt className="text-slate-600">Shipping{order.shippingOptionName ? ` (${order.shippingOptionName})` : ""}</dt><dd className="tabular-nums">{formatMoney(order.shippingFee, order.currency)}</dd></div>
      <div className="flex justify-between border-t border-slate-200 pt-1 font-semibold"><dt>Total</dt><dd className="tabular-nums" data-testid="order-total">{formatMoney(order.total, order.currency)}</dd></div>
    </dl>
  );
}
