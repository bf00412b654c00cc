// Invitations a brand sent: to whom, with which terms, and whether they were answered.
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { INVITATION_STATUS_TONES } from "@/lib/buyers/status-tones";
import type { InvitationStatus, Language } from "@/lib/db/generated/enums";
import { RevokeInvitationButton } from "./revoke-invitation-button";

type Row = {
  id: string;
  email: string;
  status: InvitationStatus;
  currency: string;
  discountRate: { toString(): string };
  language: Language;
  createdAt: Date;
  /** Pending past its validity: it can no longer be accepted. */
  expired: boolean;
  buyer: { name: string } | null;
};

export function InvitationsTable({ rows }: { rows: Row[] }) {
  const t = useTranslations("buyers");
  const format = useFormatter();
  return (
    <Table data-testid="invitations-table">
      <thead>
        <tr>
          <Th>{t("invitations.email")}</Th>
          <Th>{t("invitations.organization")}</Th>
          <Th>{t("invitations.tradingTerms")}</Th>
          <Th>{t("invitations.sent")}</Th>
          <Th>{t("invitations.status")}</Th>
          <Th className="text-right">
            <span className="sr-only">{t("invitations.actions")}</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="min-w-48 font-medium wrap-anywhere">{row.email}</Td>
            <Td>{row.buyer?.name ?? t("invitations.newBuyer")}</Td>
            <Td>
              {t("table.terms", { currency: row.currency, discount: Number(row.discountRate.toString()) })}
            </Td>
            <Td className="whitespace-nowrap">{format.dateTime(row.createdAt, { dateStyle: "medium" })}</Td>
            <Td>
              {row.expired ? (
                <Badge tone="red">{t("invitations.expired")}</Badge>
              ) : (
                <Badge tone={INVITATION_STATUS_TONES[row.status]}>{t(`invitations.statusLabel.${row.status}`)}</Badge>
              )}
            </Td>
            <Td className="text-right">{row.status === "PENDING" && !row.expired && <RevokeInvitationButton invitationId={row.id} email={row.email} />}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
