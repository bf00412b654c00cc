import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/context";
import { homePathFor } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

/** A brand's invitation mailed before invitations had their own page: its public page now. */
function invitationPageOf(callbackUrl: string | undefined): string | null {
  const token = /^\/buyer\/invitations\/([A-Za-z0-9_-]{1,100})$/.exec(callbackUrl ?? "")?.[1];
  return token ? `/invitations/${token}` : null;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; invitation?: string; password?: string }> }) {
  const { callbackUrl, invitation, password } = await searchParams;
  if (await getSessionUser()) {
    const home = await homePathFor();
    if (home !== "/signin") redirect(home);
  }
  const t = await getTranslations("auth.signIn");
  const notice = invitation === "accepted" ? t("invitationAccepted") : password === "changed" ? t("passwordChanged") : null;
  const invitationPage = invitationPageOf(callbackUrl);
  return (
    <AuthShell title={t("title")} description={t("description")}>
      {notice && (
        <p role="status" data-testid="signin-notice" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {notice}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
          {t("forgotPassword")}
        </Link>
      </p>
      {invitationPage && (
        <p className="mt-4 border-t border-slate-100 pt-4 text-center text-sm text-slate-600">
          {t("invitationNewHere")}{" "}
          <Link href={invitationPage} className="font-medium text-brand-700 hover:underline">
            {t("createAccount")}
          </Link>
        </p>
      )}
    </AuthShell>
  );
}
