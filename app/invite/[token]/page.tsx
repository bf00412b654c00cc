import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { AcceptStaffInvitationForm, JoinWithAccountButton } from "@/components/settings/accept-staff-invitation-form";
import { getSessionUser } from "@/lib/auth/context";
import { getOpenStaffInvitation } from "@/lib/settings/queries";

// The e-mailed staff invitation: the unguessable token alone identifies it, once. A new address
// creates its account here; an address with an account signs in with it first.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.staffInvitation");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function StaffInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getOpenStaffInvitation(token);
  if (!invitation) notFound();
  const [t, tStatus, current] = await Promise.all([getTranslations("auth.staffInvitation"), getTranslations("status"), getSessionUser()]);
  const brand = invitation.brand.name;
  const here = `/invite/${token}`;
  const signedInAsInvitee = current?.email === invitation.email;
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
      {!invitation.hasAccount ? (
        <AcceptStaffInvitationForm token={token} email={invitation.email} brandName={brand} />
      ) : signedInAsInvitee ? (
        <JoinWithAccountButton token={token} brandName={brand} />
      ) : current ? (
        <div className="space-y-4" data-testid="invitation-other-account">
          <p className="text-sm text-slate-700">{t("signedInAsOther", { current: current.email, email: invitation.email })}</p>
          <SignOutButton then={here} label={t("signOut")} />
        </div>
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">{t("hasAccount", { brand })}</p>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className="inline-block text-sm font-medium text-brand-700 hover:underline">
            {t("signInToJoin")}
          </Link>
        </div>
      )}
    </AuthShell>
  );
}
