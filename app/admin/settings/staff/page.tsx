import type { Metadata } from "next";
import { InviteStaffForm, MemberRoleSelect, RemoveMemberButton, RevokeInvitationButton } from "@/components/settings/settings-buttons";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireBrandPage } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listStaff } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const ctx = await requireBrandPage("staff.manage");
  const { members, invitations } = await listStaff(ctx.brand.id);
  const isOwner = ctx.role === "OWNER";
  return (
    <div className="space-y-6">
      <Card className="p-5">
        <h2 className="mb-3 text-base font-semibold">Invite a staff member</h2>
        <InviteStaffForm canGrantOwner={isOwner} />
        <p className="mt-2 text-xs text-slate-500">Owner and Admin manage everything; Staff handle links, buyers, catalogs and orders; Ops confirm OCs and release orders.</p>
      </Card>
      <Table data-testid="staff-members">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Email</Th>
            <Th>Role</Th>
            <Th><span className="sr-only">Actions</span></Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <tr key={m.id}>
              <Td className="font-medium">
                {m.user.name}
                {m.user.id === ctx.user.id && <span className="ml-1 text-xs text-slate-500">(you)</span>}
              </Td>
              <Td className="min-w-48 wrap-anywhere">{m.user.email}</Td>
              <Td>
                <MemberRoleSelect memberId={m.id} role={m.role} name={m.user.name} canTouchOwner={isOwner} />
              </Td>
              <Td className="text-right">{(isOwner || m.role !== "OWNER") && <RemoveMemberButton memberId={m.id} name={m.user.name} />}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {invitations.length > 0 && (
        <Card className="p-5">
          <h2 className="mb-3 text-base font-semibold">Pending invitations</h2>
          <ul className="divide-y divide-slate-100">
            {invitations.map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span className="min-w-0 wrap-anywhere">
                  {i.email} · {ROLE_LABELS[i.role]}{" "}
                  <span className="text-xs text-slate-500">
                    · sent {i.createdAt.toLocaleDateString("en-CA")} ·{" "}
                    {i.expired ? <Badge tone="red">Expired</Badge> : <>expires {i.expiresAt.toLocaleDateString("en-CA")}</>}
                  </span>
                </span>
                <RevokeInvitationButton invitationId={i.id} email={i.email} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
