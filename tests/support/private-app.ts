// The app's own Prisma client on a private PostgreSQL cluster (tests/support/private-postgres),
// with one brand and one SKU at stock 0, for fault tests that stop or freeze the server.
import { PrismaPg } from "@prisma/adapter-pg";
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
