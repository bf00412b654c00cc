"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "./nav-items";

function isActive(pathname: string, href: string) {
  return href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("mainMenu")} className="space-y-1">
      {items.map((item) =>
        item.children ? (
          <div key={item.label} className="pt-2">
            <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t(item.label)}</p>
            {item.children.map((child) => (
              <NavLink key={child.href} item={child} active={isActive(pathname, child.href)} />
            ))}
          </div>
        ) : (
          <NavLink key={item.href} item={item} active={isActive(pathname, item.href)} />
        ),
      )}
    </nav>
  );
}

function NavLink({ item, active }: { item: NavItem; active: boolean }) {
  const t = useTranslations("nav");
  return (
    <Link
      href={item.href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "block rounded-md px-3 py-2 text-sm font-medium",
        active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
      )}
    >
      {t(item.label)}
    </Link>
  );
}
