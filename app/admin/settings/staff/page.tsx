import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { InviteStaffForm, MemberRoleSelect, RemoveMemberButton, RevokeInvitationButton } from "@/components/settings/settings-buttons";
import { TwoFactorRequirement } from "@/components/settings/two-factor-requirement";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireBrandPage } from "@/lib/auth/guards";
import { listStaff } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.staff");
  return { title: t("metaTitle") };
}

export default async function StaffPage() {
  const ctx = await requireBrandPage("staff.manage");
  const { members, invitations } = await listStaff(ctx.brand.id);
  const isOwner = ctx.role === "OWNER";
  const [t, tStatus, format] = await Promise.all([getTranslations("settings.staff"), getTranslations("status"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <Card className="p-5">
        <h2 className="mb-3 text-base font-semibold">{t("invite")}</h2>
        <InviteStaffForm canGrantOwner={isOwner} />
        <p className="mt-2 text-xs text-slate-500">{t("rolesHint")}</p>
      </Card>
      <TwoFactorRequirement required={ctx.brand.requireTwoFactor} isOwner={isOwner} />
      <Table data-testid="staff-members">
        <thead>
          <tr>
            <Th>{t("name")}</Th>
            <Th>{t("email")}</Th>
            <Th>{t("role")}</Th>
            <Th>{t("twoFactor")}</Th>
            <Th>
              <span className="sr-only">{t("actions")}</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <tr key={m.id}>
              <Td className="font-medium">
                {m.user.name}
                {m.user.id === ctx.user.id && <span className="ml-1 text-xs text-slate-500">{t("you")}</span>}
              </Td>
              <Td className="min-w-48 wrap-anywhere">{m.user.email}</Td>
              <Td>
                <MemberRoleSelect memberId={m.id} role={m.role} name={m.user.name} canTouchOwner={isOwner} />
              </Td>
              <Td>{m.user.twoFactor?.enabledAt ? <Badge tone="green">{t("twoFactorOn")}</Badge> : <Badge>{t("twoFactorOff")}</Badge>}</Td>
              <Td className="text-right">
                <div className="flex flex-wrap items-center justify-end gap-3">
                  {isOwner && (
                    <Link href={`/admin/settings/staff/${m.id}/security-log`} aria-label={t("securityLogLabel", { name: m.user.name })} className="text-sm text-brand-700 hover:underline">
                      {t("securityLog")}
                    </Link>
                  )}
                  {(isOwner || m.role !== "OWNER") && <RemoveMemberButton memberId={m.id} name={m.user.name} />}
                </div>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {invitations.length > 0 && (
        <Card className="p-5">
          <h2 className="mb-3 text-base font-semibold">{t("pendingInvitations")}</h2>
          <ul className="divide-y divide-slate-100">
            {invitations.map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span className="min-w-0 wrap-anywhere">
                  {t("invitation", { email: i.email, role: tStatus(`role.${i.role}`) })}{" "}
                  <span className="text-xs text-slate-500">
                    {t("sent", { date: date(i.createdAt) })}{" "}
                    {i.expired ? <Badge tone="red">{t("expired")}</Badge> : t("expires", { date: date(i.expiresAt) })}
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
