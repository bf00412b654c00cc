import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgotPassword");
  return { title: t("metaTitle"), robots: { index: false } };
}

// "Forgot password?": asks for the address and says the same whether or not it has an account.
export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgotPassword");
  return (
    <AuthShell title={t("title")} description={t("description")}>
      <ForgotPasswordForm />
      <p className="mt-4 text-center text-sm">
        <Link href="/signin" className="font-medium text-brand-700 hover:underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </AuthShell>
  );
}
