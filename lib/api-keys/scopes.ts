// The scopes an API key may hold, as the API names them ("orders:read") and as the database stores
// them (the ApiScope enum). Route definitions (lib/api/routes) each require one.
import type { ApiScope } from "@/lib/db/generated/enums";

export const API_SCOPES = ["orders:read", "orders:write", "products:read", "products:write", "inventory:write", "buyers:read", "webhooks:manage"] as const;
export type ApiScopeName = (typeof API_SCOPES)[number];

const TO_DB: Record<ApiScopeName, ApiScope> = {
  "orders:read": "ORDERS_READ",
  "orders:write": "ORDERS_WRITE",
  "products:read": "PRODUCTS_READ",
  "products:write": "PRODUCTS_WRITE",
  "inventory:write": "INVENTORY_WRITE",
  "buyers:read": "BUYERS_READ",
  "webhooks:manage": "WEBHOOKS_MANAGE",
};

export function scopeToDb(scope: ApiScopeName): ApiScope {
  return TO_DB[scope];
}

export function scopeFromDb(scope: ApiScope): ApiScopeName {
  return API_SCOPES.find((name) => TO_DB[name] === scope)!;
}

/** The catalogue name of a scope (api.scopes.<name>.label / .description): keys cannot hold ":". */
export function scopeMessageName(scope: ApiScopeName) {
  return scope.replace(/:(\w)/, (_, c: string) => c.toUpperCase()) as ScopeMessageName;
}
export type ScopeMessageName = "ordersRead" | "ordersWrite" | "productsRead" | "productsWrite" | "inventoryWrite" | "buyersRead" | "webhooksManage";
