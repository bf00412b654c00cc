import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { TwoFactorSetup } from "@/components/two-factor/two-factor-setup";
import { getSessionUser, twoFactorSetupDue } from "@/lib/auth/context";
import { TWO_FACTOR_SETUP_PATH } from "@/lib/auth/two-factor/requirement";
import { twoFactorStatus } from "@/lib/auth/two-factor/status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.twoFactor");
  return { title: t("metaTitle") };
}

/**
 * Two-factor set-up for any signed-in user (from the profile pages), and where staff of a brand
 * that requires it land until they have it: outside the admin, so nothing there stands in the way.
 */
export default async function TwoFactorSetupPage() {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(TWO_FACTOR_SETUP_PATH)}`);
  const [status, due, t] = await Promise.all([twoFactorStatus(user.id), twoFactorSetupDue(), getTranslations("auth.twoFactor")]);
  return (
    <AuthShell title={t("title")} description={t("description")}>
      <div className="space-y-4">
        {due && (
          <p role="status" data-testid="two-factor-required" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("required", { brand: due.brandName })}
          </p>
        )}
        <TwoFactorSetup continueHref="/" alreadyOn={status.enabled} />
        <div className="flex justify-end border-t border-slate-100 pt-3">
          <SignOutButton />
        </div>
      </div>
    </AuthShell>
  );
}
