import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { BuyerNav } from "@/components/buyer/buyer-nav";
import { BuyerSwitcher } from "@/components/buyer/buyer-switcher";
import { requireBuyerPage } from "@/lib/auth/guards";

export default async function BuyerLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireBuyerPage();
  const t = await getTranslations("nav");
  const profile = await getTranslations("auth.profile");
  return (
    <IntlProvider>
      <div className="min-h-dvh">
        <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur">
          <div className="mx-auto flex h-14 max-w-5xl items-center justify-between gap-3 px-4">
            <Link href="/buyer" className="text-sm font-semibold uppercase tracking-widest text-brand-600">
              {t("buyerApp")}
            </Link>
            <div className="flex min-w-0 items-center gap-4">
              <BuyerSwitcher buyers={ctx.buyers} activeId={ctx.buyer.id} />
              <LanguageSwitcher scope="user" />
              <Link href="/buyer/profile" className="text-sm text-slate-600 hover:text-slate-900">
                {profile("link")}
              </Link>
              <SignOutButton />
            </div>
          </div>
          <BuyerNav />
        </header>
        <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
      </div>
    </IntlProvider>
  );
}
