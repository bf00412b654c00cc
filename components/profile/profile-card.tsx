// The profile page's body, shared by the admin and the Buyer App: who is signed in and their
// language setting.
import { useTranslations } from "next-intl";
import { Card, PageHeader } from "@/components/ui/card";
import type { ProfileLanguage } from "@/lib/profile/schemas";
import { ProfileLanguageForm } from "./profile-language-form";

export function ProfileCard({ user, language, defaultLabel }: { user: { name: string; email: string }; language: ProfileLanguage; defaultLabel: string }) {
  const t = useTranslations("auth.profile");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="max-w-2xl space-y-6 p-5">
        <section aria-labelledby="profile-account">
          <h2 id="profile-account" className="mb-3 text-base font-semibold">
            {t("account")}
          </h2>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-500">{t("name")}</dt>
            <dd data-testid="profile-name">{user.name}</dd>
            <dt className="text-slate-500">{t("email")}</dt>
            <dd className="wrap-anywhere" data-testid="profile-email">
              {user.email}
            </dd>
          </dl>
        </section>
        <ProfileLanguageForm language={language} defaultLabel={defaultLabel} />
      </Card>
    </>
  );
}
