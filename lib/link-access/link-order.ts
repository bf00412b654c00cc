import "server-only";
// Who may see an order on a link's order page, and so cancel it there: the visitor whose link
// session placed it (checkout records the session's visitor id on the order; orders placed before
// that are listed in their visitor's signed session). Decided here once, for the page and its
// actions alike; anyone else gets a 404.
import { prisma } from "@/lib/db/client";
import { readLinkSession } from "./session-cookie";

export async function findVisitorLinkOrder(token: string, orderId: string) {
  const link = await prisma.orderLink.findUnique({ where: { token }, select: { id: true, brand: { select: { name: true, orderPrefix: true } } } });
  if (!link) return null;
  const session = await readLinkSession(link.id);
  if (!session) return null;
  if (!session.orderIds.includes(orderId)) {
    const placed = await prisma.order.findFirst({ where: { id: orderId, sourceLinkId: link.id, linkVisitorId: session.visitorId }, select: { id: true } });
    if (!placed) return null;
  }
  return { link, session };
}

/** The link of an order page that this visitor may not see (null: no such link, a 404). */
export async function findOrderPageLink(token: string) {
  return prisma.orderLink.findUnique({ where: { token }, select: { brand: { select: { name: true } } } });
}
