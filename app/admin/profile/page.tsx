import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileCard } from "@/components/profile/profile-card";
import { TwoFactorSection } from "@/components/profile/two-factor-section";
import { requireBrandPage } from "@/lib/auth/guards";
import { twoFactorStatus } from "@/lib/auth/two-factor/status";
import { LOCALE_NAMES, localeOf } from "@/lib/i18n/locales";
import { profileLanguageOf } from "@/lib/profile/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.profile");
  return { title: t("metaTitle") };
}

/** Every staff member's own profile, whatever their role. */
export default async function AdminProfilePage() {
  const ctx = await requireBrandPage();
  const t = await getTranslations("auth.profile");
  return (
    <>
      <ProfileCard
        user={ctx.user}
        language={profileLanguageOf(ctx.user)}
        defaultLabel={t("brandDefault", { language: LOCALE_NAMES[localeOf(ctx.brand.language)] })}
      />
      <TwoFactorSection status={await twoFactorStatus(ctx.user.id)} requiredBy={ctx.brand.requireTwoFactor ? ctx.brand.name : null} />
    </>
  );
}
