// One page of the Connected Buyers search: who, how they trade, status, and the action to change it.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { CONNECTION_STATUS_TONES } from "@/lib/buyers/status-tones";
import type { BuyerOwnership, ConnectionStatus } from "@/lib/db/generated/enums";
import { ConnectionStatusButton } from "./connection-status-button";

type Row = {
  id: string;
  status: ConnectionStatus;
  currency: string;
  discountRate: { toString(): string };
  paymentTerms: string | null;
  buyer: { id: string; name: string; country: string; ownership: BuyerOwnership; email: string | null; contactName: string | null };
};

export function ConnectionsTable({ rows }: { rows: Row[] }) {
  const t = useTranslations();
  return (
    <Table data-testid="buyers-table">
      <thead>
        <tr>
          <Th>{t("buyers.table.buyer")}</Th>
          <Th>{t("buyers.table.ownership")}</Th>
          <Th>{t("buyers.table.country")}</Th>
          <Th>{t("buyers.table.tradingTerms")}</Th>
          <Th>{t("buyers.table.status")}</Th>
          <Th className="text-right">
            <span className="sr-only">{t("buyers.table.actions")}</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} data-testid="buyer-row">
            <Td className="min-w-48 wrap-anywhere">
              <Link href={`/admin/buyers/${row.buyer.id}`} className="font-medium text-brand-700 hover:underline">
                {row.buyer.name}
              </Link>
              <p className="text-xs text-slate-500">{[row.buyer.contactName, row.buyer.email].filter(Boolean).join(" · ") || "—"}</p>
            </Td>
            <Td>{t(`status.ownership.${row.buyer.ownership}`)}</Td>
            <Td>{row.buyer.country}</Td>
            <Td className="whitespace-nowrap">
              {t("buyers.table.terms", { currency: row.currency, discount: Number(row.discountRate.toString()) })}
              {row.paymentTerms && <p className="text-xs text-slate-500">{row.paymentTerms}</p>}
            </Td>
            <Td>
              <Badge tone={CONNECTION_STATUS_TONES[row.status]}>{t(`status.connection.${row.status}`)}</Badge>
            </Td>
            <Td className="text-right">
              <ConnectionStatusButton buyerId={row.buyer.id} buyerName={row.buyer.name} status={row.status} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
