// The profile page's body, shared by the admin and the Buyer App: the user's name and e-mail,
// their language, their password (change it; sign out other sessions), two-factor authentication
// (the page's own section) and their security log.
import { useTranslations } from "next-intl";
import { SecurityLogTable } from "@/components/auth/security-log-table";
import { Card, PageHeader } from "@/components/ui/card";
import type { SecurityLogPage } from "@/lib/auth/security-log";
import type { ProfileLanguage } from "@/lib/profile/schemas";
import { ChangePasswordForm, SignOutOtherSessionsButton } from "./change-password-form";
import { ProfileLanguageForm } from "./profile-language-form";
import { ProfileNameForm } from "./profile-name-form";

type Search = Record<string, string | string[] | undefined>;

export function ProfileCard({
  user,
  language,
  defaultLabel,
  twoFactor,
  securityLog,
}: {
  user: { name: string; email: string };
  language: ProfileLanguage;
  defaultLabel: string;
  /** The two-factor section (components/profile/two-factor-section.tsx). */
  twoFactor: React.ReactNode;
  securityLog: { log: SecurityLogPage; page: { page: number; pageSize: number }; pathname: string; search: Search };
}) {
  const t = useTranslations("auth");
  return (
    <>
      <PageHeader title={t("profile.title")} description={t("profile.description")} />
      <div className="max-w-3xl space-y-6">
        <Card className="space-y-6 p-5">
          <section aria-labelledby="profile-account" className="space-y-4">
            <h2 id="profile-account" className="text-base font-semibold">
              {t("profile.account")}
            </h2>
            <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
              <dt className="text-slate-500">{t("profile.email")}</dt>
              <dd className="wrap-anywhere" data-testid="profile-email">
                {user.email}
              </dd>
            </dl>
            <ProfileNameForm name={user.name} />
          </section>
          <ProfileLanguageForm language={language} defaultLabel={defaultLabel} />
        </Card>
        <Card className="space-y-6 p-5">
          <section aria-labelledby="profile-password" className="space-y-3">
            <h2 id="profile-password" className="text-base font-semibold">
              {t("profile.password")}
            </h2>
            <p className="text-sm text-slate-600">{t("profile.passwordIntro")}</p>
            <ChangePasswordForm email={user.email} />
          </section>
          <section aria-labelledby="profile-sessions" className="space-y-3 border-t border-slate-100 pt-5">
            <h2 id="profile-sessions" className="text-base font-semibold">
              {t("profile.otherSessions")}
            </h2>
            <p className="text-sm text-slate-600">{t("profile.otherSessionsHint")}</p>
            <SignOutOtherSessionsButton />
          </section>
        </Card>
        {twoFactor}
        <section aria-labelledby="profile-security-log" className="space-y-3">
          <div>
            <h2 id="profile-security-log" className="text-base font-semibold">
              {t("securityLog.title")}
            </h2>
            <p className="text-sm text-slate-600">{t("securityLog.description")}</p>
          </div>
          <SecurityLogTable {...securityLog} />
        </section>
      </div>
    </>
  );
}
