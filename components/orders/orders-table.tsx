import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { OrderStatus, PaymentMethod, PaymentStatus } from "@/lib/db/generated/enums";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { OrderStatusBadge, PaymentStatusBadge, ReleaseStatusBadge } from "./order-status-badge";

type Row = {
  id: string; number: number; status: OrderStatus; releaseStatus: Parameters<typeof ReleaseStatusBadge>[0]["status"]; currency: string; total: number; createdAt: Date;
  source: string; sourceLinkName: string | null; buyer: { name: string }; tags: { tag: { id: string; name: string } }[];
  paymentMethod: PaymentMethod; paymentStatus: PaymentStatus;
};

export function OrdersTable({ orders, prefix }: { orders: Row[]; prefix: string }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Order number</Th><Th>Order date</Th><Th>Buyer</Th><Th>Source</Th><Th>Status</Th><Th>Tags</Th><Th className="text-right">Total</Th><Th><span className="sr-only">Actions</span></Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {orders.map((o) => {
          const number = formatOrderNumber(prefix, o.number);
          return (
            <tr key={o.id} data-testid="order-row">
              <Td className="font-medium tabular-nums">{number}</Td>
              <Td className="whitespace-nowrap">{o.createdAt.toISOString().slice(0, 10)}</Td>
              <Td>{o.buyer.name}</Td>
              <Td className="text-slate-600">{o.source === "STANDARD_ORDER" ? "Standard Order" : (o.sourceLinkName ?? "Order link (deleted)")}</Td>
              <Td><div className="flex flex-wrap gap-1"><OrderStatusBadge status={o.status} /><ReleaseStatusBadge status={o.releaseStatus} /><PaymentStatusBadge method={o.paymentMethod} status={o.paymentStatus} /></div></Td>
              <Td><div className="flex flex-wrap gap-1">{o.tags.map((t) => <span key={t.tag.id} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{t.tag.name}</span>)}</div></Td>
              <Td className="text-right tabular-nums">{formatMoney(o.total, o.currency)}</Td>
              <Td className="text-right">
                <Link href={`/admin/orders/${o.id}`} className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" aria-label={`Detail of ${number}`}>
                  Detail
                </Link>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
