// The three kinds of order link, and the tab slug each one lives under in the Links menu's query
// string (/admin/links?tab=customer). Their names are in the catalogue: links.tabs.<tab>,
// links.createTitle.<tab>, status.linkType.<type>.
import type { OrderLinkStatus, OrderLinkType } from "@/lib/db/generated/enums";

export const LINK_TABS = [
  { tab: "instant", type: "INSTANT" },
  { tab: "dynamic", type: "DYNAMIC_BRAND" },
  { tab: "customer", type: "CUSTOMER" },
] as const satisfies readonly { tab: string; type: OrderLinkType }[];

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

export const LINK_STATUS_CHOICES = ["OPEN", "VOID", "DELETED"] as const satisfies readonly LinkStatusChoice[];

/** Whether a stored audit status is one of the link statuses (status.linkStatus.<status>). */
export function isLinkStatusChoice(value: string | null): value is LinkStatusChoice {
  return value !== null && (LINK_STATUS_CHOICES as readonly string[]).includes(value);
}

/** Currencies a link's trading terms may use. */
export const LINK_CURRENCIES = ["JPY", "USD", "EUR", "GBP", "CNY", "KRW", "TWD", "HKD", "SGD", "AUD", "CAD"] as const;

export function linkPath(token: string): string {
  return `/l/${token}`;
}
