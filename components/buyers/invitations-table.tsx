// Invitations a brand sent: to whom, with which terms, and whether they were answered.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { InvitationStatus, Language } from "@/lib/db/generated/enums";
import { RevokeInvitationButton } from "./revoke-invitation-button";
import { mediumDate } from "@/lib/format/date-time-format";

const LABELS: Record<InvitationStatus, [string, BadgeTone]> = {
  PENDING: ["Pending", "amber"],
  ACCEPTED: ["Accepted", "green"],
  REVOKED: ["Withdrawn", "gray"],
};

type Row = {
  id: string;
  email: string;
  status: InvitationStatus;
  currency: string;
  discountRate: { toString(): string };
  language: Language;
  createdAt: Date;
  buyer: { name: string } | null;
};

export function InvitationsTable({ rows }: { rows: Row[] }) {
  return (
    <Table data-testid="invitations-table">
      <thead>
        <tr>
          <Th>Email</Th>
          <Th>Organization</Th>
          <Th>Trading terms</Th>
          <Th>Sent</Th>
          <Th>Status</Th>
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="min-w-48 font-medium wrap-anywhere">{row.email}</Td>
            <Td>{row.buyer?.name ?? "New buyer"}</Td>
            <Td>
              {row.currency} · {Number(row.discountRate.toString())}% off
            </Td>
            <Td className="whitespace-nowrap">{mediumDate(row.createdAt)}</Td>
            <Td>
              <Badge tone={LABELS[row.status][1]}>{LABELS[row.status][0]}</Badge>
            </Td>
            <Td className="text-right">{row.status === "PENDING" && <RevokeInvitationButton invitationId={row.id} email={row.email} />}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
