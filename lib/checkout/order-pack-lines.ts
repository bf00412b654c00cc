import "server-only";
// An order's prepacks as they were ordered (snapshots written at checkout), for the buyer's order
// pages. Callers have already decided the reader may see the order.
import { prisma } from "@/lib/db/client";

export type OrderPackView = { id: string; productName: string; productCode: string; name: string; color: string; packs: number; contents: { size: string; quantity: number }[] };

/**
 * The stored contents ({ size: units per pack }) as a list in the prepack's size order where it
 * still exists (JSON objects keep no order in the database); anything else in the JSON is ignored.
 */
export function packContents(json: unknown, sizeOrder: string[] = []): { size: string; quantity: number }[] {
  if (!json || typeof json !== "object" || Array.isArray(json)) return [];
  const rank = (size: string) => (sizeOrder.includes(size) ? sizeOrder.indexOf(size) : sizeOrder.length);
  return Object.entries(json as Record<string, unknown>)
    .filter((e): e is [string, number] => typeof e[1] === "number")
    .map(([size, quantity]) => ({ size, quantity }))
    .sort((a, b) => rank(a.size) - rank(b.size));
}

export async function loadOrderPacks(orderId: string): Promise<OrderPackView[]> {
  const rows = await prisma.orderPackLine.findMany({
    where: { orderId },
    orderBy: { position: "asc" },
    select: {
      id: true, productName: true, productCode: true, name: true, color: true, packs: true, contents: true,
      prepack: { select: { sizes: { orderBy: { position: "asc" }, select: { size: true } } } },
    },
  });
  return rows.map(({ prepack, ...r }) => ({ ...r, contents: packContents(r.contents, prepack?.sizes.map((s) => s.size)) }));
}
