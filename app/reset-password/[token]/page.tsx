import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { findOpenPasswordToken } from "@/lib/auth/password-token";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.resetPassword");
  return { title: t("metaTitle"), robots: { index: false } };
}

// A single-use password link: a reset ("Forgot password?") or the first password of an account
// made without one (set-up). The token alone identifies it.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [open, t] = await Promise.all([findOpenPasswordToken(token), getTranslations("auth.resetPassword")]);
  if (!open) {
    return (
      <AuthShell title={t("invalidTitle")}>
        <div className="space-y-4 text-center" data-testid="reset-link-invalid">
          <p className="text-sm text-slate-600">{t("invalidText")}</p>
          <Link href="/forgot-password" className="inline-block text-sm font-medium text-brand-700 hover:underline">
            {t("requestNew")}
          </Link>
        </div>
      </AuthShell>
    );
  }
  const setup = open.purpose === "SETUP";
  const email = open.user.email;
  return (
    <AuthShell title={setup ? t("setupTitle") : t("title")} description={setup ? t("setupDescription", { email }) : t("description", { email })}>
      <ResetPasswordForm token={token} email={email} setupName={setup ? open.user.name : null} />
    </AuthShell>
  );
}
