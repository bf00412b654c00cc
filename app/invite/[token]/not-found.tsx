import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { STAFF_INVITATION_DAYS } from "@/lib/settings/staff-invitation-validity";

export default function StaffInvitationNotFound() {
  return (
    <AuthShell title="This invitation is no longer valid">
      <div className="space-y-4 text-center" data-testid="invitation-invalid">
        <p className="text-sm text-slate-600">It was already accepted, withdrawn, or has expired (invitations last {STAFF_INVITATION_DAYS} days). Ask the brand for a new invitation, or sign in if you already joined.</p>
        <Link href="/signin" className="inline-block text-sm font-medium text-brand-700 hover:underline">
          Go to sign in
        </Link>
      </div>
    </AuthShell>
  );
}
