import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { AcceptStaffInvitationForm, JoinWithAccountButton } from "@/components/settings/accept-staff-invitation-form";
import { getOpenStaffInvitation } from "@/lib/settings/queries";

// The e-mailed staff invitation: the unguessable token alone identifies it, once.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.staffInvitation");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function StaffInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getOpenStaffInvitation(token);
  if (!invitation) notFound();
  const [t, tStatus] = await Promise.all([getTranslations("auth.staffInvitation"), getTranslations("status")]);
  const brand = invitation.brand.name;
  return (
    <AuthShell
      title={t("title", { brand })}
      description={t.rich("invitedAs", {
        role: tStatus(`role.${invitation.role}`),
        email: invitation.email,
        strong: (chunks) => <strong data-testid="invited-role">{chunks}</strong>,
        em: (chunks) => <span className="font-medium text-slate-800">{chunks}</span>,
      })}
    >
      {invitation.hasAccount ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">{t("hasAccount", { brand })}</p>
          <JoinWithAccountButton token={token} brandName={brand} />
        </div>
      ) : (
        <AcceptStaffInvitationForm token={token} email={invitation.email} brandName={brand} />
      )}
    </AuthShell>
  );
}
