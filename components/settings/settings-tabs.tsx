"use client";
// Settings sub-pages as tabs; which tab is active comes from the URL.
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { TabsNav } from "@/components/ui/tabs-nav";

const TABS = [
  { href: "/admin/settings", label: "general" },
  { href: "/admin/settings/shipping-rates", label: "shippingRates" },
  { href: "/admin/settings/tags", label: "tags" },
  { href: "/admin/settings/staff", label: "staff" },
  { href: "/admin/settings/api-keys", label: "apiKeys" },
  { href: "/admin/settings/api", label: "api" },
  { href: "/admin/settings/webhooks", label: "webhooks" },
] as const;

export function SettingsTabs({ showStaff }: { showStaff: boolean }) {
  const t = useTranslations("settings.tabs");
  const pathname = usePathname();
  return (
    <TabsNav
      label={t("label")}
      tabs={TABS.filter((tab) => showStaff || tab.href !== "/admin/settings/staff").map((tab) => ({
        href: tab.href,
        label: t(tab.label),
        active: tab.href === "/admin/settings" || tab.href === "/admin/settings/api" ? pathname === tab.href : pathname.startsWith(tab.href),
      }))}
    />
  );
}
