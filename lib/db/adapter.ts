// Driver adapter factories for both targets. PGlite is one connection in one process with no
// lock on its folder, so it is opened lazily and never by two processes at once.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { createPglite, pgliteAdapter } from "./pglite";
import type { DatabaseTarget } from "./target";

export type OpenedAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
};

export async function openAdapter(target: DatabaseTarget): Promise<OpenedAdapter> {
  if (target.kind === "postgres") {
    const factory = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return { factory, close: async () => {} };
  }
  const pglite = await createPglite({ dataDir: target.dataDir });
  return { factory: pgliteAdapter(pglite), close: () => pglite.close() };
}

export function openPgliteFrom(pglite: PGlite): OpenedAdapter {
  return { factory: pgliteAdapter(pglite), close: () => pglite.close() };
}
