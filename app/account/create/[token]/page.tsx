import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { AcceptCoworkerInvitationForm, JoinCoworkerInvitationButton } from "@/components/buyer/accept-coworker-invitation-form";
import { getSessionUser } from "@/lib/auth/context";
import { getOpenCoworkerInvitation } from "@/lib/buyer-app/coworker-invitation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.coworkerInvitation");
  return { title: t("metaTitle"), robots: { index: false } };
}

// A co-worker invitation of a buyer organization, from its mailed link (once): the invited address
// creates its account here, or, having one, signs in with it and joins.
export default async function CreateAccountPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getOpenCoworkerInvitation(token);
  if (!invitation) notFound();
  const [t, current] = await Promise.all([getTranslations("auth.coworkerInvitation"), getSessionUser()]);
  const organization = invitation.organization.name;
  const here = `/account/create/${token}`;
  return (
    <AuthShell
      title={t("title", { organization })}
      description={t("invitedBy", { inviter: invitation.inviterName ?? organization, organization, email: invitation.email })}
    >
      {!invitation.hasAccount ? (
        <AcceptCoworkerInvitationForm token={token} email={invitation.email} suggestedName={invitation.suggestedName} organization={organization} />
      ) : current?.email === invitation.email ? (
        <JoinCoworkerInvitationButton token={token} organization={organization} />
      ) : current ? (
        <div className="space-y-4" data-testid="invitation-other-account">
          <p className="text-sm text-slate-700">{t("signedInAsOther", { current: current.email, email: invitation.email })}</p>
          <SignOutButton then={here} label={t("signOut")} />
        </div>
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">{t("hasAccount", { organization })}</p>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className="inline-block text-sm font-medium text-brand-700 hover:underline">
            {t("signInToJoin")}
          </Link>
        </div>
      )}
    </AuthShell>
  );
}
