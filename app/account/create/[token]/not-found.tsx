import { useTranslations } from "next-intl";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { COWORKER_INVITATION_DAYS } from "@/lib/buyer-app/coworker-invitation-validity";

export default function CoworkerInvitationNotFound() {
  const t = useTranslations("auth.coworkerInvitation");
  return (
    <AuthShell title={t("invalidTitle")}>
      <div className="space-y-4 text-center" data-testid="invitation-invalid">
        <p className="text-sm text-slate-600">{t("invalidText", { days: COWORKER_INVITATION_DAYS })}</p>
        <Link href="/signin" className="inline-block text-sm font-medium text-brand-700 hover:underline">
          {t("goToSignIn")}
        </Link>
      </div>
    </AuthShell>
  );
}
