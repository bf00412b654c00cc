import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileCard } from "@/components/profile/profile-card";
import { TwoFactorSection } from "@/components/profile/two-factor-section";
import { requireBuyerPage } from "@/lib/auth/guards";
import { twoFactorStatus } from "@/lib/auth/two-factor/status";
import { profileLanguageOf } from "@/lib/profile/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.profile");
  return { title: t("metaTitle") };
}

/** The buyer user's own profile. */
export default async function BuyerProfilePage() {
  const ctx = await requireBuyerPage();
  const t = await getTranslations("auth.profile");
  return (
    <>
      <ProfileCard user={ctx.user} language={profileLanguageOf(ctx.user)} defaultLabel={t("browserDefault")} />
      <TwoFactorSection status={await twoFactorStatus(ctx.user.id)} />
    </>
  );
}
