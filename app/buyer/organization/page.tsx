import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { AddressActions } from "@/components/buyer/address-actions";
import { AddressForm } from "@/components/buyer/address-form";
import { InviteCoworkerForm } from "@/components/buyer/invite-coworker-form";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { getOrganization, listOpenCoworkerInvitations } from "@/lib/buyer-app/organization";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerApp.metadata");
  return { title: t("organization") };
}

export default async function OrganizationPage() {
  const ctx = await requireBuyerPage();
  const [org, invitations, t, ts, format] = await Promise.all([
    getOrganization(ctx.buyer.id),
    listOpenCoworkerInvitations(ctx.buyer.id),
    getTranslations("buyerApp.organization"),
    getTranslations("status.buyerRole"),
    getFormatter(),
  ]);
  const isOwner = org.members.some((m) => m.user.id === ctx.user.id && m.role === "OWNER");
  return (
    <>
      <PageHeader title={org.name} description={isOwner ? t("ownerDescription") : t("memberDescription")} />
      <div className="space-y-6">
        <Card className="p-5">
          <h2 className="mb-3 text-base font-semibold">{t("members")}</h2>
          <ul className="mb-5 divide-y divide-slate-100 text-sm" data-testid="org-members">
            {org.members.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="font-medium">{m.user.name}</span> <span className="text-slate-500">{m.user.email}</span>
                </span>
                <Badge tone={m.role === "OWNER" ? "blue" : "gray"}>{ts(m.role)}</Badge>
              </li>
            ))}
          </ul>
          {isOwner && invitations.length > 0 && (
            <>
              <h3 className="mb-2 text-sm font-semibold">{t("pendingInvitations")}</h3>
              <ul className="mb-5 divide-y divide-slate-100 text-sm text-slate-600" data-testid="org-invitations">
                {invitations.map((i) => (
                  <li key={i.id} className="py-2 wrap-anywhere">
                    {t("invitationSent", { name: i.name, email: i.email, date: format.dateTime(i.createdAt, { dateStyle: "medium" }) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {isOwner && (
            <>
              <h3 className="mb-3 border-t border-slate-100 pt-4 text-sm font-semibold">{t("inviteCoworker")}</h3>
              <InviteCoworkerForm />
            </>
          )}
        </Card>
        <Card className="p-5">
          <h2 className="mb-3 text-base font-semibold">{t("addresses")}</h2>
          {org.addresses.length === 0 ? (
            <p className="mb-5 text-sm text-slate-600">{t("noAddresses")}</p>
          ) : (
            <ul className="mb-5 divide-y divide-slate-100 text-sm" data-testid="org-addresses">
              {org.addresses.map((a) => (
                <li key={a.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                  <div className="min-w-0">
                    <p className="font-medium">
                      {a.label ?? t("address")} {a.isDefault && <Badge tone="blue">{t("default")}</Badge>}
                    </p>
                    <p className="text-slate-600">
                      {a.recipientName}, {[a.line1, a.line2, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(", ")}
                    </p>
                  </div>
                  {isOwner && <AddressActions addressId={a.id} isDefault={a.isDefault} label={a.label ?? a.line1} />}
                </li>
              ))}
            </ul>
          )}
          {isOwner && (
            <>
              <h3 className="mb-3 border-t border-slate-100 pt-4 text-sm font-semibold">{t("addAddress")}</h3>
              <AddressForm country={org.country} />
            </>
          )}
        </Card>
      </div>
    </>
  );
}
