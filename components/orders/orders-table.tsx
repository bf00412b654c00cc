import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { OrderStatus, PaymentMethod, PaymentStatus } from "@/lib/db/generated/enums";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { OrderStatusBadge, PaymentStatusBadge, ReleaseStatusBadge } from "./order-status-badge";

type Row = {
  id: string; number: number; status: OrderStatus; releaseStatus: Parameters<typeof ReleaseStatusBadge>[0]["status"]; currency: string; total: number; createdAt: Date;
  source: string; sourceLinkName: string | null; buyer: { name: string }; tags: { tag: { id: string; name: string } }[];
  paymentMethod: PaymentMethod; paymentStatus: PaymentStatus; poNumber: string | null;
};

export function OrdersTable({ orders, prefix }: { orders: Row[]; prefix: string }) {
  const t = useTranslations("orders.list");
  const tc = useTranslations("common");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t("number")}</Th><Th>{t("poNumber")}</Th><Th>{t("date")}</Th><Th>{t("buyer")}</Th><Th>{t("source")}</Th><Th>{t("status")}</Th><Th>{t("tags")}</Th><Th className="text-right">{t("total")}</Th><Th><span className="sr-only">{tc("actions")}</span></Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {orders.map((o) => {
          const number = formatOrderNumber(prefix, o.number);
          return (
            <tr key={o.id} data-testid="order-row">
              <Td className="whitespace-nowrap font-medium tabular-nums">{number}</Td>
              <Td className="max-w-40 break-words tabular-nums" data-testid="order-po">{o.poNumber ?? ""}</Td>
              <Td className="whitespace-nowrap">{format.dateTime(o.createdAt, { dateStyle: "medium" })}</Td>
              <Td>{o.buyer.name}</Td>
              <Td className="text-slate-600">{o.source === "STANDARD_ORDER" ? t("standardOrder") : (o.sourceLinkName ?? t("deletedLink"))}</Td>
              <Td><div className="flex flex-wrap gap-1"><OrderStatusBadge status={o.status} /><ReleaseStatusBadge status={o.releaseStatus} /><PaymentStatusBadge method={o.paymentMethod} status={o.paymentStatus} /></div></Td>
              <Td><div className="flex flex-wrap gap-1">{o.tags.map((tag) => <span key={tag.tag.id} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{tag.tag.name}</span>)}</div></Td>
              <Td className="text-right tabular-nums">{formatMoney(o.total, o.currency, locale)}</Td>
              <Td className="whitespace-nowrap text-right">
                <Link href={`/admin/orders/${o.id}`} className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" aria-label={t("detailOf", { number })}>
                  {t("detail")}
                </Link>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
