// The one Prisma client of this process, on the adapter that lib/db/target.ts chooses. Created on
// first use (never during `next build`) and kept on globalThis so dev reloads reuse it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { openPglite, pgliteAdapter } from "./pglite";
import { countQuery, queryStatsEnabled } from "./query-stats";
import { databaseTarget, type DatabaseTarget } from "./target";

const globalForDb = globalThis as unknown as { __wholesalePrisma?: PrismaClient };

// PGlite has one connection: interactive transactions queue, so they may wait longer.
export const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 30_000 };

/**
 * A database that stops answering (hung, frozen, cut off without a reset) must not hold requests
 * forever: getting a connection waits at most `connectMs` and a statement at most `queryMs` (the
 * pool then drops that connection). They match the transaction limits above, so a busy but
 * healthy database (lock waits in a race, a full pool) never trips them first.
 */
export const DATABASE_TIMEOUTS = { connectMs: TRANSACTION_OPTIONS.maxWait, queryMs: TRANSACTION_OPTIONS.timeout };

/** A client on the given target, configured as the app's own (tests build one on another server). */
export function createClient(target: DatabaseTarget = databaseTarget(), timeouts = DATABASE_TIMEOUTS): PrismaClient {
  const adapter =
    target.kind === "postgres"
      ? new PrismaPg({
          connectionString: target.url,
          max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
          connectionTimeoutMillis: timeouts.connectMs,
          query_timeout: timeouts.queryMs,
          // Short indexed statements: compiling a plan to machine code (JIT, on for statements the
          // planner guesses expensive) costs more than it saves, hundreds of ms on large tables.
          options: "-c jit=off",
        })
      : pgliteAdapter(openPglite({ dataDir: target.dataDir }));
  if (!queryStatsEnabled) return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  const client = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS, log: [{ emit: "event", level: "query" }] });
  client.$on("query", countQuery);
  return client;
}

export function getPrisma(): PrismaClient {
  globalForDb.__wholesalePrisma ??= createClient();
  return globalForDb.__wholesalePrisma;
}

/** Replaces the process's client (test harness: each test file gets its own database). */
export function setPrisma(client: PrismaClient) {
  globalForDb.__wholesalePrisma = client;
}

/** `prisma.order.findMany(...)` as usual, with the client created on first use. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
