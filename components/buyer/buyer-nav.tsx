"use client";
// The Buyer App's sections; wraps to a second row on a phone.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const ITEMS = [
  { href: "/buyer", label: "brands" as const, match: (p: string) => p === "/buyer" || p.startsWith("/buyer/brands") },
  { href: "/buyer/orders", label: "myOrders" as const, match: (p: string) => p.startsWith("/buyer/orders") },
  { href: "/buyer/organization", label: "organization" as const, match: (p: string) => p.startsWith("/buyer/organization") },
];

export function BuyerNav() {
  const pathname = usePathname();
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("buyerApp")} className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-4 pb-2">
      {ITEMS.map((item) => {
        const active = item.match(pathname);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn("whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium", active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100")}
          >
            {t(item.label)}
          </Link>
        );
      })}
    </nav>
  );
}
