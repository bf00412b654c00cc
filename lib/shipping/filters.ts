import "server-only";
// Turns the shipping filters into one Prisma where clause, so lists, counts and "select all
// matching" agree on which orders a search means. Everything is filtered in SQL.
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { parseOrderNumber } from "@/lib/orders/order-number";
import type { ShippingFilter } from "./schemas";
import { rateGroupIdOf } from "./shipping-option";

const DAY = 24 * 60 * 60 * 1000;

/**
 * The spellings a typed code is looked up under: as typed, upper and lower case. Codes are unique
 * per brand and indexed, so this stays an index lookup where a case-insensitive match (ILIKE)
 * would read every SKU of the brand.
 */
function codeSpellings(text: string): string[] {
  return [...new Set([text, text.toUpperCase(), text.toLowerCase()])];
}

// Per request: the list, its count and the tab counts all resolve the same typed code.
const skuIdsByCode = cache(async (brandId: string, code: string) =>
  (await prisma.sku.findMany({ where: { brandId, code: { in: codeSpellings(code) } }, select: { id: true } })).map((s) => s.id),
);
const productCodesByCode = cache(async (brandId: string, code: string) =>
  (await prisma.product.findMany({ where: { brandId, productCode: { in: codeSpellings(code) } }, select: { productCode: true } })).map((p) => p.productCode),
);

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
      and.push({ lines: { some: { skuId: { in: await skuIdsByCode(brand.id, filter.q) } } } });
    } else {
      and.push({ lines: { some: { productCode: { in: await productCodesByCode(brand.id, filter.q) } } } });
    }
  }
  if (filter.email) and.push({ contactEmail: { equals: filter.email, mode: "insensitive" } });
  if (filter.from) and.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) and.push({ createdAt: { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + DAY) } });
  // The same thing the Shipping option column shows: the order's rate group (or none).
  const rateGroupId = rateGroupIdOf(filter.ship);
  if (rateGroupId !== undefined) and.push({ shippingRateGroupId: rateGroupId });
  return { AND: and };
}
