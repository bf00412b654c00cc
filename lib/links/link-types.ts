// The three kinds of order link as the admin names them, and the tab slug each one lives under in
// the Links menu's query string (/admin/links?tab=customer).
import type { OrderLinkStatus, OrderLinkType } from "@/lib/db/generated/enums";

export const LINK_TABS = [
  { tab: "instant", type: "INSTANT", label: "Instant Order Links", createTitle: "Create a New Instant Order Link", singular: "Instant Order Link" },
  { tab: "dynamic", type: "DYNAMIC_BRAND", label: "Dynamic Brand Links", createTitle: "Create a New Dynamic Brand Link", singular: "Dynamic Brand Link" },
  { tab: "customer", type: "CUSTOMER", label: "Customer Order Links", createTitle: "Create a New Customer Link", singular: "Customer Order Link" },
] as const satisfies readonly { tab: string; type: OrderLinkType; label: string; createTitle: string; singular: string }[];

export type LinkTab = (typeof LINK_TABS)[number];
export type LinkTabSlug = LinkTab["tab"];

/** The tab named in the query string; unknown values fall back to the first tab. */
export function linkTabOf(value: string | string[] | undefined): LinkTab {
  const wanted = Array.isArray(value) ? value[0] : value;
  return LINK_TABS.find((t) => t.tab === wanted) ?? LINK_TABS[0];
}

export function linkTabOfType(type: OrderLinkType): LinkTab {
  return LINK_TABS.find((t) => t.type === type)!;
}

/** "Deleted" is not a stored status: deleting removes the row. */
export type LinkStatusChoice = OrderLinkStatus | "DELETED";

export const LINK_STATUS_LABELS: Record<LinkStatusChoice, string> = { OPEN: "Open", VOID: "Void", DELETED: "Deleted" };

export const CATALOG_STATUS_LABELS = { OPEN: "Open", LIMITED: "Limited", CLOSED: "Closed" } as const;

/** Currencies a link's trading terms may use. */
export const LINK_CURRENCIES = ["JPY", "USD", "EUR", "GBP", "CNY", "KRW", "TWD", "HKD", "SGD", "AUD", "CAD"] as const;

export const LANGUAGE_LABELS = { EN: "English", JA: "Japanese" } as const;

export function linkPath(token: string): string {
  return `/l/${token}`;
}
