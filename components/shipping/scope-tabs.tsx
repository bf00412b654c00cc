// Domestic / International: the shipping country against the brand's home country.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { useShippingCount } from "./shipping-count";

export function ScopeTabs({ tabs }: { tabs: { href: string; label: string; active: boolean; count?: number }[] }) {
  const t = useTranslations("shipping.scope");
  const count = useShippingCount();
  return (
    <nav aria-label={t("label")} className="inline-flex rounded-md bg-slate-100 p-1">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.active ? "page" : undefined}
          className={cn("rounded px-3 py-1.5 text-sm font-medium", tab.active ? "bg-white text-brand-700 shadow-xs" : "text-slate-600 hover:text-slate-900")}
        >
          {tab.label}
          {tab.count !== undefined && <span className="ml-2 text-xs text-slate-500">{count(tab.count)}</span>}
        </Link>
      ))}
    </nav>
  );
}
