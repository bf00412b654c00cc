// Set-based inserts for the demo data's big tables: one INSERT ... SELECT FROM unnest(arrays) per
// table. Measured on PGlite with the report triggers on, 2,500 order lines take about a third of the
// time Prisma's createMany needs (which binds every value of every row). Column types come from the
// database, so a column added to the schema needs nothing here; a column no row sets keeps its default.
import type { PrismaClient } from "../lib/db/generated/client";

type Row = Record<string, unknown>;

/** The SQL array type of each column, as unnest's parameters are cast to. */
async function columnTypes(prisma: PrismaClient, table: string): Promise<Map<string, string>> {
  const columns = await prisma.$queryRaw<{ column_name: string; data_type: string; udt_name: string }[]>`
    SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`;
  if (!columns.length) throw new Error(`bulkInsert: no table "${table}".`);
  return new Map(columns.map((c) => [c.column_name, c.data_type === "USER-DEFINED" ? `"${c.udt_name}"` : c.udt_name]));
}

/** A value as the array parameter carries it: dates as ISO text (UTC, like the rest of the schema), JSON as text. */
function sqlValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

export async function bulkInsert(prisma: PrismaClient, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const types = await columnTypes(prisma, table);
  const names = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k] !== undefined)))];
  for (const name of names) if (!types.has(name)) throw new Error(`bulkInsert: "${table}" has no column "${name}".`);
  const casts = names.map((name, i) => `$${i + 1}::text[]::${types.get(name)}[]`);
  await prisma.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT * FROM unnest(${casts.join(", ")})`,
    ...names.map((name) => rows.map((r) => { const v = sqlValue(r[name]); return v === null ? null : String(v); })),
  );
}
