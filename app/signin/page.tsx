import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/context";
import { homePathFor } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; invitation?: string }> }) {
  const { callbackUrl, invitation } = await searchParams;
  if (await getSessionUser()) {
    const home = await homePathFor();
    if (home !== "/signin") redirect(home);
  }
  return (
    <AuthShell title="Sign in to your account" description="Brand staff and buyers sign in here.">
      {invitation === "accepted" && (
        <p role="status" data-testid="signin-notice" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          Invitation accepted. Sign in with your existing password to open the brand.
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
    </AuthShell>
  );
}
