import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/context";
import { homePathFor } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; invitation?: string }> }) {
  const { callbackUrl, invitation } = await searchParams;
  if (await getSessionUser()) {
    const home = await homePathFor();
    if (home !== "/signin") redirect(home);
  }
  const t = await getTranslations("auth.signIn");
  return (
    <AuthShell title={t("title")} description={t("description")}>
      {invitation === "accepted" && (
        <p role="status" data-testid="signin-notice" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t("invitationAccepted")}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
    </AuthShell>
  );
}
