// Test databases. With DATABASE_URL (a real PostgreSQL server) each test file gets a fresh
// database copied from a migrated template; without it, each file gets an in-memory PGlite loaded
// from a migrated dump. Either way files never see each other's rows.
import { createHash, randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { TRANSACTION_OPTIONS } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { openPglite, pgliteAdapter } from "@/lib/db/pglite";
import { applyMigrations } from "@/lib/db/schema-engine";

// Named after the checkout, so two checkouts on one server never share a template.
const checkout = createHash("sha1").update(process.cwd()).digest("hex").slice(0, 8);
export const TEMPLATE_DB = `wholesale_test_template_${checkout}`;
const PGLITE_DUMP = path.join(os.tmpdir(), `wholesale-test-template-${checkout}.tar.gz`);

export function serverUrl(database: string, base = process.env.DATABASE_URL!): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl("postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(name: string, template?: string) {
  await admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  });
}

export async function dropDatabase(name: string) {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Once per test run: a migrated template (server) or a migrated dump (PGlite). */
export async function prepareTemplate() {
  if (process.env.DATABASE_URL) {
    await recreateDatabase(TEMPLATE_DB);
    // Our own pool, ended afterwards: a template must have no open connections to be copied.
    const pool = new pg.Pool({ connectionString: serverUrl(TEMPLATE_DB) });
    await applyMigrations(new PrismaPg(pool));
    await pool.end();
    return;
  }
  const pglite = openPglite();
  await applyMigrations(pgliteAdapter(pglite));
  const dump = await pglite.dumpDataDir("gzip");
  await writeFile(PGLITE_DUMP, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
}

export type TestDb = { prisma: PrismaClient; url?: string; drop: () => Promise<void> };

/** A fresh, migrated, empty database for one test file. */
export async function createTestDatabase(): Promise<TestDb> {
  if (process.env.DATABASE_URL) {
    const name = `wholesale_test_${randomBytes(6).toString("hex")}`;
    // Copies of one template cannot run at once; an advisory lock queues the test files.
    await admin(async (client) => {
      await client.query("SELECT pg_advisory_lock(7251)");
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
      } finally {
        await client.query("SELECT pg_advisory_unlock(7251)");
      }
    });
    const url = serverUrl(name);
    // The app's transaction limits (lib/db/client), so a test sees what production would.
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 25 }), transactionOptions: TRANSACTION_OPTIONS });
    return {
      prisma,
      url,
      drop: async () => {
        await prisma.$disconnect();
        await dropDatabase(name);
      },
    };
  }
  const dump = await readFile(PGLITE_DUMP);
  const pglite = openPglite({ loadDataDir: new Blob([dump]) });
  const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
