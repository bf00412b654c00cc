import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ProfileCard } from "@/components/profile/profile-card";
import { TwoFactorSection } from "@/components/profile/two-factor-section";
import { requireBrandPage } from "@/lib/auth/guards";
import { securityLogOf } from "@/lib/auth/security-log";
import { twoFactorStatus } from "@/lib/auth/two-factor/status";
import { LOCALE_NAMES, localeOf } from "@/lib/i18n/locales";
import { pageParams } from "@/lib/pagination/page-params";
import { profileLanguageOf } from "@/lib/profile/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.profile");
  return { title: t("metaTitle") };
}

type Search = Record<string, string | string[] | undefined>;

/** Every staff member's own profile, whatever their role. */
export default async function AdminProfilePage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireBrandPage();
  const [t, search] = await Promise.all([getTranslations("auth.profile"), searchParams]);
  const page = pageParams(search);
  return (
    <ProfileCard
      user={ctx.user}
      language={profileLanguageOf(ctx.user)}
      defaultLabel={t("brandDefault", { language: LOCALE_NAMES[localeOf(ctx.brand.language)] })}
      twoFactor={<TwoFactorSection status={await twoFactorStatus(ctx.user.id)} requiredBy={ctx.brand.requireTwoFactor ? ctx.brand.name : null} />}
      securityLog={{ log: await securityLogOf(ctx.user.id, page), page, pathname: "/admin/profile", search }}
    />
  );
}
