// Who may do what in the brand admin: the one place role checks are decided.
import type { BrandRole } from "@/lib/db/generated/enums";

export type Permission =
  | "links.manage"
  | "buyers.manage"
  | "catalogs.manage"
  | "orders.manage"
  | "shipping.manage"
  | "settings.manage"
  | "staff.manage"
  /** Read the Reports area (sales, products, buyers, channels, geography) and download its exports. */
  | "reports.view";

const GRANTS: Record<BrandRole, readonly Permission[]> = {
  OWNER: ["links.manage", "buyers.manage", "catalogs.manage", "orders.manage", "shipping.manage", "settings.manage", "staff.manage", "reports.view"],
  ADMIN: ["links.manage", "buyers.manage", "catalogs.manage", "orders.manage", "shipping.manage", "settings.manage", "staff.manage", "reports.view"],
  STAFF: ["links.manage", "buyers.manage", "catalogs.manage", "orders.manage", "reports.view"],
  OPS: ["orders.manage", "shipping.manage"],
};

export function can(role: BrandRole, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
