"use client";
// The Reports tabs: links that keep the filters in the address (not the page or sort of the tab
// being left), so switching from Sales to Buyers answers the same question from another side.
import { useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { TabsNav } from "@/components/ui/tabs-nav";

export const REPORT_TABS = [
  { key: "sales", href: "/admin/reports" },
  { key: "products", href: "/admin/reports/products" },
  { key: "buyers", href: "/admin/reports/buyers" },
  { key: "channels", href: "/admin/reports/channels" },
  { key: "geography", href: "/admin/reports/geography" },
] as const;

/** Page-only parameters that do not travel to another tab. */
const LOCAL = new Set(["page", "rpage", "sort"]);

export function ReportTabs() {
  const t = useTranslations("reports.tabs");
  const pathname = usePathname();
  const search = useSearchParams();
  const kept = new URLSearchParams();
  search.forEach((value, key) => {
    if (!LOCAL.has(key)) kept.append(key, value);
  });
  const query = kept.toString();
  return (
    <TabsNav
      label={t("label")}
      tabs={REPORT_TABS.map((tab) => ({
        href: query ? `${tab.href}?${query}` : tab.href,
        label: t(tab.key),
        active: tab.key === "sales" ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`),
      }))}
    />
  );
}
