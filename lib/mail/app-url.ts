import "server-only";
// The public base URL for links in e-mails, decided when the mail is written (delivery runs later,
// without a request): APP_URL when set, else the host of the request that wrote it, else the
// local default (scripts).
import { headers } from "next/headers";

const LOCAL = "http://localhost:3000";

export async function mailAppUrl(): Promise<string> {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, "");
  let h: Headers;
  try {
    h = await headers();
  } catch {
    return LOCAL;
  }
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return LOCAL;
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

/** The buyer's page of an order: the Buyer App for a customer-owned buyer, else the order link's order page. */
export function buyerOrderUrl(appUrl: string, order: { id: string; buyerOwnership: string; linkToken: string | null }): string | null {
  if (order.buyerOwnership === "CUSTOMER_OWNED") return `${appUrl}/buyer/orders/${order.id}`;
  if (order.linkToken) return `${appUrl}/l/${encodeURIComponent(order.linkToken)}/orders/${order.id}`;
  return null;
}
