// The "contains" searches have trigram indexes (pg_trgm) on both databases: PGlite must load the
// extension wherever it opens (lib/db/pglite.ts), and each index must serve an ILIKE '%…%'.
import { expect, it } from "vitest";
import { prisma } from "@/lib/db/client";

const SEARCHES = [
  [/Order_contactEmail_trgm_idx/, `SELECT id FROM "Order" WHERE "contactEmail" ILIKE '%shop%'`],
  [/Order_sourceLinkName_trgm_idx/, `SELECT id FROM "Order" WHERE "sourceLinkName" ILIKE '%trade show%'`],
  [/Buyer_name_trgm_idx/, `SELECT id FROM "Buyer" WHERE name ILIKE '%select%'`],
  [/Product_name_trgm_idx/, `SELECT id FROM "Product" WHERE name ILIKE '%linen%'`],
  // A prefix: under the "C" collation (PGlite) the code's own btree serves it too.
  [/Sku_code_trgm_idx|Sku_brandId_code_key/, `SELECT id FROM "Sku" WHERE code LIKE 'AO-SH%'`],
  [/OrderLink_name_trgm_idx/, `SELECT id FROM "OrderLink" WHERE name ILIKE '%winter%'`],
] as const;

it("pg_trgm is installed and each contains-search can use its trigram index", async () => {
  const extensions = await prisma.$queryRawUnsafe<{ extname: string }[]>(`SELECT extname FROM pg_extension`);
  expect(extensions.map((e) => e.extname)).toContain("pg_trgm");
  for (const [index, sql] of SEARCHES) {
    // Empty tables would be scanned whole; forbid that to see whether the index can serve.
    const plan = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`);
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n"), sql).toMatch(index);
  }
});
