import { AdminNav } from "@/components/admin/admin-nav";
import { BrandSwitcher } from "@/components/admin/brand-switcher";
import { ADMIN_NAV, type NavItem } from "@/components/admin/nav-items";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { requireBrandPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import type { BrandRole } from "@/lib/db/generated/enums";

function visibleItems(items: NavItem[], role: BrandRole): NavItem[] {
  return items
    .filter((item) => !item.permission || can(role, item.permission))
    .map((item) => (item.children ? { ...item, children: visibleItems(item.children, role) } : item))
    .filter((item) => !item.children || item.children.length > 0);
}

/** What the admin's client components speak. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireBrandPage();
  const t = await getTranslations();
  return (
    <IntlProvider>
      <div className="min-h-dvh md:flex">
        <aside className="border-b border-slate-200 bg-white md:fixed md:inset-y-0 md:w-60 md:border-b-0 md:border-r">
          <div className="flex h-full flex-col gap-4 py-4">
            <div className="px-3">
              <p className="px-3 text-xs font-semibold uppercase tracking-widest text-brand-600">{t("common.appName")}</p>
            </div>
            <BrandSwitcher brands={ctx.brands} activeId={ctx.brand.id} />
            <div className="px-3 md:flex-1">
              <AdminNav items={visibleItems(ADMIN_NAV, ctx.role)} />
            </div>
            <div className="border-t border-slate-200 px-6 pt-3">
              <p className="truncate text-sm font-medium" data-testid="signed-in-user">{ctx.user.name}</p>
              <p className="truncate text-xs text-slate-500">
                {ctx.user.email} · {t(`status.role.${ctx.role}`)}
              </p>
              <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
                <LanguageSwitcher scope="user" />
                <Link href="/admin/profile" className="text-sm text-slate-600 hover:text-slate-900">
                  {t("auth.profile.link")}
                </Link>
                <SignOutButton />
              </div>
            </div>
          </div>
        </aside>
        <main className="min-w-0 flex-1 px-4 py-6 md:ml-60 md:px-8">{children}</main>
      </div>
    </IntlProvider>
  );
}
