import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ProfileCard } from "@/components/profile/profile-card";
import { TwoFactorSection } from "@/components/profile/two-factor-section";
import { requireBuyerPage } from "@/lib/auth/guards";
import { securityLogOf } from "@/lib/auth/security-log";
import { twoFactorStatus } from "@/lib/auth/two-factor/status";
import { pageParams } from "@/lib/pagination/page-params";
import { profileLanguageOf } from "@/lib/profile/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.profile");
  return { title: t("metaTitle") };
}

type Search = Record<string, string | string[] | undefined>;

/** The buyer user's own profile. */
export default async function BuyerProfilePage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireBuyerPage();
  const [t, search] = await Promise.all([getTranslations("auth.profile"), searchParams]);
  const page = pageParams(search);
  return (
    <ProfileCard
      user={ctx.user}
      language={profileLanguageOf(ctx.user)}
      defaultLabel={t("browserDefault")}
      twoFactor={<TwoFactorSection status={await twoFactorStatus(ctx.user.id)} />}
      securityLog={{ log: await securityLogOf(ctx.user.id, page), page, pathname: "/buyer/profile", search }}
    />
  );
}
