// Domestic / International: the shipping country against the brand's home country.
import Link from "next/link";
import { formatCount } from "@/lib/pagination/capped-count";
import { cn } from "@/components/ui/cn";

export function ScopeTabs({ tabs }: { tabs: { href: string; label: string; active: boolean; count?: number }[] }) {
  return (
    <nav aria-label="Shipping country" className="inline-flex rounded-md bg-slate-100 p-1">
      {tabs.map((tab) => (
        <Link
          key={tab.label}
          href={tab.href}
          aria-current={tab.active ? "page" : undefined}
          className={cn("rounded px-3 py-1.5 text-sm font-medium", tab.active ? "bg-white text-brand-700 shadow-xs" : "text-slate-600 hover:text-slate-900")}
        >
          {tab.label}
          {tab.count !== undefined && <span className="ml-2 text-xs text-slate-500">{formatCount(tab.count)}</span>}
        </Link>
      ))}
    </nav>
  );
}
