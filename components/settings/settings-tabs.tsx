"use client";
// Settings sub-pages as tabs; which tab is active comes from the URL.
import { usePathname } from "next/navigation";
import { TabsNav } from "@/components/ui/tabs-nav";

const TABS = [
  { href: "/admin/settings", label: "General" },
  { href: "/admin/settings/shipping-rates", label: "Shipping Rate Groups" },
  { href: "/admin/settings/tags", label: "Tags" },
  { href: "/admin/settings/staff", label: "Staff" },
];

export function SettingsTabs({ showStaff }: { showStaff: boolean }) {
  const pathname = usePathname();
  return (
    <TabsNav
      label="Settings"
      tabs={TABS.filter((t) => showStaff || t.href !== "/admin/settings/staff").map((t) => ({
        ...t,
        active: t.href === "/admin/settings" ? pathname === t.href : pathname.startsWith(t.href),
      }))}
    />
  );
}
