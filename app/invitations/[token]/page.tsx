import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { AcceptInvitationForm } from "@/components/buyer/accept-invitation-form";
import { CreateAccountForInvitationForm } from "@/components/buyer/create-account-for-invitation-form";
import { InvitationTerms } from "@/components/buyer/invitation-terms";
import { getBuyerContext, getSessionUser } from "@/lib/auth/context";
import { findInvitationByToken } from "@/lib/buyers/accept-invitation";
import { prisma } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.buyerInvitation");
  return { title: t("metaTitle"), robots: { index: false } };
}

// A brand's invitation to connect, from its mailed link: signed in, the invited user answers it
// for one of their organizations or a new one; an invited address with no account creates the
// account and its shop here; anyone else is asked to sign in with the invited account.
export default async function PublicInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitationByToken(prisma, token);
  if (!invitation || invitation.status !== "PENDING" || invitation.expired) notFound();
  const [t, current] = await Promise.all([getTranslations("auth.buyerInvitation"), getSessionUser()]);
  const brand = invitation.brand.name;
  const here = `/invitations/${token}`;
  const signIn = (
    <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className="inline-block text-sm font-medium text-brand-700 hover:underline">
      {t("signIn")}
    </Link>
  );
  let body: React.ReactNode;
  if (current) {
    const buyers = (await getBuyerContext())?.buyers ?? [];
    const addressed = invitation.email.toLowerCase() === current.email.toLowerCase();
    const member = invitation.buyerId ? buyers.some((b) => b.id === invitation.buyerId) : false;
    body =
      addressed || member ? (
        <AcceptInvitationForm token={token} brandName={brand} organizations={buyers} fixedOrganizationId={member ? invitation.buyerId : null} />
      ) : (
        <div className="space-y-4" data-testid="invitation-other-account">
          <p className="text-sm text-slate-700">{t("signedInAsOther", { current: current.email, email: invitation.email })}</p>
          <SignOutButton then={here} label={t("signOut")} />
        </div>
      );
  } else if (invitation.buyerId) {
    body = (
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{t("forOrganization", { shop: invitation.buyer?.name ?? "" })}</p>
        {signIn}
      </div>
    );
  } else if (await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
    body = (
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{t("hasAccount", { email: invitation.email })}</p>
        {signIn}
      </div>
    );
  } else {
    body = (
      <>
        <p className="mb-4 text-sm text-slate-700">{t("createAccountIntro", { brand })}</p>
        <CreateAccountForInvitationForm token={token} email={invitation.email} brandName={brand} />
      </>
    );
  }
  return (
    <AuthShell title={t("publicTitle", { brand })} description={t("forEmail", { email: invitation.email })}>
      <InvitationTerms invitation={invitation} />
      {body}
    </AuthShell>
  );
}
