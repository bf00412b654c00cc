// A checksum of every table (and of the uploaded files), to prove that a refused call changed
// nothing anywhere: not the other brand's rows, not the caller's own, not a stray upload.
import { readdir } from "node:fs/promises";
import { prisma } from "@/lib/db/client";

// Failed logins and passcodes are counted on purpose (per client and per target), and so is every
// API request against its key's rate limit; every password check is written to its account's
// security log. None of that is a change made by the call.
const IGNORED = new Set(["_prisma_migrations", "RateLimitBucket", "FailureCeiling", "SecurityEvent", "ApiRateLimit"]);

let query: Promise<string> | undefined;

async function checksumQuery() {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  return tables
    .filter((t) => !IGNORED.has(t.name))
    .map((t) => `SELECT '${t.name}' AS name, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS sum FROM "${t.name}" r`)
    .join(" UNION ALL ");
}

async function countFiles(root: string): Promise<number> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

export type Checksum = Record<string, string>;

export async function checksum(storageRoot?: string): Promise<Checksum> {
  query ??= checksumQuery();
  const rows = await prisma.$queryRawUnsafe<{ name: string; sum: string }[]>(await query);
  const sums: Checksum = Object.fromEntries(rows.map((r) => [r.name, r.sum]));
  if (storageRoot) sums["(uploaded files)"] = String(await countFiles(storageRoot));
  return sums;
}

/** The tables whose contents differ between two checksums. */
export function changedTables(before: Checksum, after: Checksum): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
