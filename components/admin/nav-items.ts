// The brand admin's menu. Add an entry when its pages exist (no placeholder pages); names are the
// help-center pages' menu names.
import type { Permission } from "@/lib/auth/roles";

export type NavItem = { href: string; label: string; permission?: Permission; children?: NavItem[] };

export const ADMIN_NAV: NavItem[] = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/links", label: "Links", permission: "links.manage" },
  { href: "/admin/buyers", label: "Buyers", permission: "buyers.manage" },
  {
    href: "/admin/orders",
    label: "Transactions",
    children: [{ href: "/admin/orders", label: "Order Management", permission: "orders.manage" }],
  },
  { href: "/admin/shipping", label: "Shipping", permission: "shipping.manage" },
  { href: "/admin/catalogs", label: "Catalogs", permission: "catalogs.manage" },
  { href: "/admin/products", label: "Products", permission: "catalogs.manage" },
  { href: "/admin/lookbooks", label: "Lookbooks", permission: "catalogs.manage" },
  { href: "/admin/settings", label: "Settings", permission: "settings.manage" },
];
