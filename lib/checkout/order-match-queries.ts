import "server-only";
// Reads of guest orders that match an existing buyer: the admin order page's panel, and the page
// the e-mailed confirmation link opens (which shows the order and confirms only on a click, so a
// mail scanner fetching the link confirms nothing).
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

export type OrderMatchByToken =
  | { state: "open"; order: { id: string; number: number; createdAt: Date; total: number; currency: string; language: "EN" | "JA"; buyerName: string } }
  | { state: "expired" }
  | { state: "invalid" };

/** The held order an e-mailed token points to, on the brand whose link page it was opened on. */
export async function findOrderMatchByToken(brandId: string, token: string, now = new Date()): Promise<OrderMatchByToken> {
  if (!MATCH_TOKEN_PATTERN.test(token)) return { state: "invalid" };
  const order = await prisma.order.findFirst({
    where: { brandId, matchTokenHash: hashMatchToken(token), matchConfirmedAt: null },
    select: { id: true, number: true, createdAt: true, total: true, currency: true, language: true, matchTokenExpiresAt: true, matchedBuyer: { select: { name: true } } },
  });
  if (!order?.matchedBuyer) return { state: "invalid" };
  if (!order.matchTokenExpiresAt || order.matchTokenExpiresAt <= now) return { state: "expired" };
  const { id, number, createdAt, total, currency, language } = order;
  return { state: "open", order: { id, number, createdAt, total, currency, language, buyerName: order.matchedBuyer.name } };
}

/** The e-mailed confirmation page: the link's brand (404 when the link is gone) and the order's match. */
export async function loadOrderMatchPage(linkToken: string, token: string, now = new Date()) {
  const link = await prisma.orderLink.findUnique({ where: { token: linkToken }, select: { brandId: true, language: true, brand: { select: { name: true, orderPrefix: true } } } });
  if (!link) return null;
  return { brand: link.brand, linkLanguage: link.language ?? "EN", match: await findOrderMatchByToken(link.brandId, token, now) };
}
