import "server-only";
// Whether the buyer organization may open a brand in the Buyer App, decided on every request from
// the connection row (so a Disconnect shuts an already-open session out at its next page):
// Connected -> the brand with the buyer's trading terms; Closed -> "no longer connected";
// no connection -> not found (no hint that the brand exists).
import { prisma } from "@/lib/db/client";

export async function resolveBuyerBrand(buyerId: string, brandId: string) {
  const connection = await prisma.connection.findUnique({
    where: { brandId_buyerId: { brandId, buyerId } },
    select: {
      status: true, discountRate: true, currency: true, language: true, paymentTerms: true,
      brand: { select: { id: true, name: true, homeCountry: true, timeZone: true } },
    },
  });
  if (!connection) return null;
  if (connection.status === "CLOSED") return { state: "closed" as const, brand: { id: connection.brand.id, name: connection.brand.name } };
  const { brand, discountRate, currency, language, paymentTerms } = connection;
  return { state: "connected" as const, brand, terms: { discountRate: Number(discountRate), currency, language, paymentTerms } };
}

export type BuyerBrandAccess = NonNullable<Awaited<ReturnType<typeof resolveBuyerBrand>>>;
export type BuyerTerms = Extract<BuyerBrandAccess, { state: "connected" }>["terms"];
