import "server-only";
// Reads of the Buyer App, always scoped to the buyer organization the user acts for.
import { prisma } from "@/lib/db/client";

/** The brands this buyer is Connected to (Closed connections are not shown). */
export async function listConnectedBrands(buyerId: string) {
  const connections = await prisma.connection.findMany({
    where: { buyerId, status: "CONNECTED" },
    select: { currency: true, language: true, brand: { select: { id: true, name: true, slug: true, homeCountry: true } } },
    orderBy: { brand: { name: "asc" } },
  });
  return connections.map((c) => ({ ...c.brand, currency: c.currency, language: c.language }));
}
