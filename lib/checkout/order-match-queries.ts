import "server-only";
// Reads of guest orders that match an existing buyer: the admin order page's panel, and the page
// the e-mailed confirmation link opens (which shows the order and confirms only on a click, so a
// mail scanner fetching the link confirms nothing; once confirmed, it shows that).
import { prisma } from "@/lib/db/client";
import { hashMatchToken, MATCH_TOKEN_PATTERN } from "./order-match-token";

/** The match of one of the brand's orders, or null when the order matched nobody. */
export async function getOrderMatch(brandId: string, orderId: string) {
  const order = await prisma.order.findFirst({
    where: { id: orderId, brandId, matchedBuyerId: { not: null } },
    select: { id: true, matchConfirmedAt: true, matchedBuyer: { select: { id: true, name: true, email: true } } },
  });
  if (!order?.matchedBuyer) return null;
  return { orderId: order.id, confirmedAt: order.matchConfirmedAt, buyer: order.matchedBuyer };
}

type MatchOrderView = { id: string; number: number; createdAt: Date; total: number; currency: string; language: "EN" | "JA"; buyerName: string };

export type OrderMatchByToken =
  | { state: "open"; order: MatchOrderView }
  /** Confirmed (through this link or by the brand): the order now belongs to the matched buyer. */
  | { state: "confirmed"; order: MatchOrderView; buyerHasApp: boolean }
  | { state: "expired" }
  | { state: "invalid" };

/** The guest order an e-mailed token points to, on the brand whose link page it was opened on. */
export async function findOrderMatchByToken(brandId: string, token: string, now = new Date()): Promise<OrderMatchByToken> {
  if (!MATCH_TOKEN_PATTERN.test(token)) return { state: "invalid" };
  const order = await prisma.order.findFirst({
    where: { brandId, matchTokenHash: hashMatchToken(token) },
    select: {
      id: true, number: true, createdAt: true, total: true, currency: true, language: true, matchConfirmedAt: true, matchTokenExpiresAt: true,
      matchedBuyer: { select: { name: true, ownership: true } },
    },
  });
  if (!order?.matchedBuyer) return { state: "invalid" };
  const view = { id: order.id, number: order.number, createdAt: order.createdAt, total: order.total, currency: order.currency, language: order.language, buyerName: order.matchedBuyer.name };
  if (order.matchConfirmedAt) return { state: "confirmed", order: view, buyerHasApp: order.matchedBuyer.ownership === "CUSTOMER_OWNED" };
  if (!order.matchTokenExpiresAt || order.matchTokenExpiresAt <= now) return { state: "expired" };
  return { state: "open", order: view };
}

/** The e-mailed confirmation page: the link's brand (404 when the link is gone) and the order's match. */
export async function loadOrderMatchPage(linkToken: string, token: string, now = new Date()) {
  const link = await prisma.orderLink.findUnique({ where: { token: linkToken }, select: { brandId: true, brand: { select: { name: true, orderPrefix: true } } } });
  if (!link) return null;
  return { brand: link.brand, match: await findOrderMatchByToken(link.brandId, token, now) };
}
