import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { AcceptStaffInvitationForm, JoinWithAccountButton } from "@/components/settings/accept-staff-invitation-form";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getOpenStaffInvitation } from "@/lib/settings/queries";

// The e-mailed staff invitation: the unguessable token alone identifies it, once.
export const metadata: Metadata = { title: "Join a brand", robots: { index: false } };

export default async function StaffInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getOpenStaffInvitation(token);
  if (!invitation) notFound();
  const role = ROLE_LABELS[invitation.role];
  return (
    <AuthShell
      title={`Join ${invitation.brand.name}`}
      description={
        <>
          You are invited as <strong data-testid="invited-role">{role}</strong> with <span className="font-medium text-slate-800">{invitation.email}</span>.
        </>
      }
    >
      {invitation.hasAccount ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            You already have an account with this email address. Join {invitation.brand.name}, then sign in with your password.
          </p>
          <JoinWithAccountButton token={token} brandName={invitation.brand.name} />
        </div>
      ) : (
        <AcceptStaffInvitationForm token={token} email={invitation.email} brandName={invitation.brand.name} />
      )}
    </AuthShell>
  );
}
