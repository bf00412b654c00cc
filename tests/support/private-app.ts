// The app's own Prisma client on a private PostgreSQL cluster (tests/support/private-postgres),
// with one brand and one SKU at stock 0, for fault tests that stop or freeze the server.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll } from "vitest";
import { createClient, DATABASE_TIMEOUTS, getPrisma, setPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { createBrand } from "./fixtures";
import { startPrivatePostgres } from "./private-postgres";
import { createProductWithSkus } from "./shipping-orders";

export async function startAppOnPrivatePostgres(timeouts = DATABASE_TIMEOUTS) {
  const original = getPrisma();
  const server = await startPrivatePostgres();
  const url = await server.createDatabase("wholesale");
  await applyMigrations(new PrismaPg({ connectionString: url }));
  // The app's own client for a PostgreSQL URL, exactly as production builds it.
  const app = createClient({ kind: "postgres", url }, timeouts);
  setPrisma(app);
  const f = await createBrand();
  const skuId = (await createProductWithSkus(app, f.brand.id, { stock: [0] })).skus[0].id;
  return {
    server, app, f, skuId,
    /** Puts the test file's own client back and removes the cluster. */
    async close() {
      setPrisma(original);
      await app.$disconnect();
      await server.destroy();
    },
  };
}

export type PrivateApp = Awaited<ReturnType<typeof startAppOnPrivatePostgres>>;

/**
 * The app on a private PostgreSQL for the enclosing `describe`: started before its tests, closed
 * after them (`beforeClose` first, e.g. to wake a frozen server). Its tests read it through the
 * returned getter.
 */
export function privateAppForSuite(timeouts = DATABASE_TIMEOUTS, beforeClose?: (world: PrivateApp) => Promise<void>): () => PrivateApp {
  let world: PrivateApp | undefined;
  beforeAll(async () => {
    world = await startAppOnPrivatePostgres(timeouts);
  }, 120_000);
  afterAll(async () => {
    if (!world) return;
    await beforeClose?.(world).catch(() => {});
    await world.close();
  });
  return () => {
    if (!world) throw new Error("The private app is not started yet.");
    return world;
  };
}
