import "server-only";
// Who may see an order on a link's order page, and so cancel it there: the visitor whose link
// session placed it (checkout adds the order's id to the signed session). Decided here once, for
// the page and its actions alike; anyone else gets a 404.
import { prisma } from "@/lib/db/client";
import { readLinkSession } from "./session-cookie";

export async function findVisitorLinkOrder(token: string, orderId: string) {
  const link = await prisma.orderLink.findUnique({ where: { token }, select: { id: true, brand: { select: { name: true, orderPrefix: true } } } });
  if (!link) return null;
  const session = await readLinkSession(link.id);
  if (!session?.orderIds.includes(orderId)) return null;
  return { link, session };
}

/** The link of an order page that this visitor may not see (null: no such link, a 404). */
export async function findOrderPageLink(token: string) {
  return prisma.orderLink.findUnique({ where: { token }, select: { brand: { select: { name: true } } } });
}
