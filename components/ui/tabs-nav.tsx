// Tabs that are links, so the selected tab lives in the URL and a view can be bookmarked.
import Link from "next/link";
import { formatCount } from "@/lib/pagination/capped-count";
import { cn } from "./cn";

export function TabsNav({ tabs, label }: { label: string; tabs: { href: string; label: string; active: boolean; count?: number }[] }) {
  return (
    <nav aria-label={label} className="mb-4 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-4">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.active ? "page" : undefined}
              className={cn(
                "inline-flex items-center gap-2 border-b-2 px-1 pb-2 text-sm font-medium",
                tab.active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
              )}
            >
              {tab.label}
              {tab.count !== undefined && <span className="rounded-full bg-slate-100 px-2 text-xs text-slate-700">{formatCount(tab.count)}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
