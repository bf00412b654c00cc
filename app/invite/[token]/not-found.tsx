import { useTranslations } from "next-intl";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { STAFF_INVITATION_DAYS } from "@/lib/settings/staff-invitation-validity";

export default function StaffInvitationNotFound() {
  const t = useTranslations("auth.staffInvitation");
  return (
    <AuthShell title={t("invalidTitle")}>
      <div className="space-y-4 text-center" data-testid="invitation-invalid">
        <p className="text-sm text-slate-600">{t("invalidText", { days: STAFF_INVITATION_DAYS })}</p>
        <Link href="/signin" className="inline-block text-sm font-medium text-brand-700 hover:underline">
          {t("goToSignIn")}
        </Link>
      </div>
    </AuthShell>
  );
}
