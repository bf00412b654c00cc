// Every embedded database opens here, with the extensions its migrations use: pg_trgm, whose
// trigram indexes serve the "name contains" searches. A PGlite opened without it cannot even read
// the tables that carry those indexes, so nothing else constructs one or its Prisma adapter.
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";

type Options = Omit<PGliteOptions, "extensions">;

const extensions = { pg_trgm };

/** A PGlite that opens in the background (its first query waits for it). */
export function openPglite(options: Options = {}): PGlite {
  return new PGlite({ ...options, extensions });
}

/** A PGlite that is ready when the promise resolves. */
export function createPglite(options: Options = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions });
}

/** Prisma's adapter over a PGlite; its shadow database (migration diffs) has the extensions too. */
class ExtendedPGliteAdapterFactory extends PrismaPGlite {
  override connectToShadowDb() {
    return new PrismaPGlite(openPglite({ dataDir: "memory://shadow" })).connect();
  }
}

export function pgliteAdapter(pglite: PGlite): PrismaPGlite {
  return new ExtendedPGliteAdapterFactory(pglite);
}
