// The brand admin's menu. Add an entry when its pages exist (no placeholder pages); names are the
// help-center pages' menu names.
import type { Permission } from "@/lib/auth/roles";

export type NavItem = { href: string; label: string; permission?: Permission; children?: NavItem[] };

export const ADMIN_NAV: NavItem[] = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/shipping", label: "Shipping", permission: "shipping.manage" },
];
