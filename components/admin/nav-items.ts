// The brand admin's menu. Add an entry when its pages exist (no placeholder pages); names are the
// help-center pages' menu names (messages/<locale>/nav.json).
import type { Permission } from "@/lib/auth/roles";
import type { en } from "@/messages/en";

export type NavLabel = keyof typeof en.nav;

export type NavItem = { href: string; label: NavLabel; permission?: Permission; children?: NavItem[] };

export const ADMIN_NAV: NavItem[] = [
  { href: "/admin", label: "dashboard" },
  { href: "/admin/links", label: "links", permission: "links.manage" },
  { href: "/admin/buyers", label: "buyers", permission: "buyers.manage" },
  {
    href: "/admin/orders",
    label: "transactions",
    children: [
      { href: "/admin/orders", label: "orderManagement", permission: "orders.manage" },
      { href: "/admin/reports", label: "reports", permission: "reports.view" },
    ],
  },
  { href: "/admin/shipping", label: "shipping", permission: "shipping.manage" },
  { href: "/admin/catalogs", label: "catalogs", permission: "catalogs.manage" },
  { href: "/admin/products", label: "products", permission: "catalogs.manage" },
  { href: "/admin/lookbooks", label: "lookbooks", permission: "catalogs.manage" },
  { href: "/admin/settings", label: "settings", permission: "settings.manage" },
];
