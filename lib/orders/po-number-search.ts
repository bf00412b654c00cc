// Order Management's PO No. search: orders whose PO No. is, or starts with, the typed text, as
// typed or in capitals (PO numbers are mostly capitals and digits, staff type them either way).
// Each is a prefix match (LIKE 'text%'), which PostgreSQL answers as a range of the
// (brandId, poNumber) index. Prisma's startsWith leaves % and _ live as wildcards: escaped here,
// so "PO_1" finds "PO_1…" and not "POX1".
import type { Prisma } from "@/lib/db/generated/client";

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function poNumberWhere(typed: string): Prisma.OrderWhereInput {
  const variants = [...new Set([typed, typed.toUpperCase()])];
  return { OR: variants.map((v) => ({ poNumber: { startsWith: escapeLike(v) } })) };
}
