import "server-only";
// Turns the shipping filters into one Prisma where clause, so lists, counts and "select all
// matching" agree on which orders a search means. Everything is filtered in SQL.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ShippingFilter } from "./schemas";

const DAY = 24 * 60 * 60 * 1000;

/** "AA-000012", "000012" or "12" -> 12; null when there is no number in it. */
export function parseOrderNumber(text: string): number | null {
  const match = /(\d+)\s*$/.exec(text);
  if (!match) return null;
  const n = Number.parseInt(match[1], 10);
  return Number.isSafeInteger(n) && n <= 2_147_483_647 ? n : null;
}

export async function shippingWhere(brand: { id: string; homeCountry: string }, filter: ShippingFilter): Promise<Prisma.OrderWhereInput> {
  const and: Prisma.OrderWhereInput[] = [
    { brandId: brand.id },
    filter.scope === "domestic" ? { shipCountry: brand.homeCountry } : { shipCountry: { not: brand.homeCountry } },
  ];
  if (filter.q) {
    if (filter.field === "orderNo") {
      // An unreadable number matches nothing rather than everything.
      and.push({ number: parseOrderNumber(filter.q) ?? -1 });
    } else if (filter.field === "sku") {
      // Resolve the code within the brand first: OrderLine is indexed by skuId.
      const skus = await prisma.sku.findMany({ where: { brandId: brand.id, code: { equals: filter.q, mode: "insensitive" } }, select: { id: true } });
      and.push({ lines: { some: { skuId: { in: skus.map((s) => s.id) } } } });
    } else {
      const products = await prisma.product.findMany({
        where: { brandId: brand.id, productCode: { equals: filter.q, mode: "insensitive" } },
        select: { productCode: true },
      });
      and.push({ lines: { some: { productCode: { in: products.map((p) => p.productCode) } } } });
    }
  }
  if (filter.email) and.push({ contactEmail: { equals: filter.email, mode: "insensitive" } });
  if (filter.from) and.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) and.push({ createdAt: { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + DAY) } });
  if (filter.ship.startsWith("group:")) and.push({ shippingRateGroupId: filter.ship.slice("group:".length) });
  else if (filter.ship.startsWith("option:")) and.push({ shippingOptionName: filter.ship.slice("option:".length) });
  return { AND: and };
}
