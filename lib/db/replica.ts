// Read replicas. DATABASE_REPLICA_URL names one streaming replica of the primary in DATABASE_URL
// (or several, comma-separated; each read picks one at random). Routing is opt-in: only the read
// paths that call `readPrisma()` may run on a replica; everything else uses `prisma` (the
// primary), so every transition, checkout, transaction and read-before-write stays there.
//
// A read path opts in with one line, and may only read (the type has no writes):
//   const db = await readPrisma();
//   const rows = await db.order.findMany(...);   // or db.$queryRaw`...` (reports)
// It must be a read whose reader tolerates a moment of replication lag: lists, searches, exports,
// reports, the product grid of an anonymous link. Not a page someone checks right after their own
// write (the order confirmation, My orders: they read the primary), not a read that decides a
// write. Read-your-writes: a session that wrote in the last few seconds reads the primary on
// every path (lib/db/fresh-reads.ts). Without DATABASE_REPLICA_URL (and always on PGlite, which
// has no replica) `readPrisma()` is the primary.
//
// A replica that cannot be reached never fails a page: the read runs again on the primary, and
// for the next REPLICA_RETRY_MS every read path reads the primary before the replica is tried again.
import { readReplicas } from "@prisma/extension-read-replicas";
import { createClient, DATABASE_TIMEOUTS, getPrisma, type PrismaClient } from "./client";
import { markSessionWrote, sessionWroteRecently } from "./fresh-reads";
import type { Prisma } from "./generated/client";
import { isDatabaseUnavailable } from "./unavailable";

type ReadOperation = "findFirst" | "findFirstOrThrow" | "findMany" | "findUnique" | "findUniqueOrThrow" | "count" | "aggregate" | "groupBy";
type ModelKey = Uncapitalize<Prisma.ModelName>;

/** The primary client's read operations only: what a replica can answer. */
export type ReadPrisma = { readonly [M in ModelKey]: Pick<PrismaClient[M], ReadOperation & keyof PrismaClient[M]> } & Pick<
  PrismaClient,
  Extract<keyof PrismaClient, "$queryRaw" | "$queryRawUnsafe" | "$queryRawTyped">
>;

/** The replica URLs this process is configured with (none on PGlite). */
export function replicaUrls(env: Partial<Record<string, string>> = process.env): string[] {
  if (!env.DATABASE_URL) return [];
  return (env.DATABASE_REPLICA_URL ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
}

type Routing = { primary: PrismaClient; replicas: PrismaClient[]; routed: { $replica(): unknown } };

const globalForDb = globalThis as unknown as {
  __wholesaleReplicas?: PrismaClient[];
  __wholesaleReadRouting?: Routing;
  /** Until when read paths skip the replicas (one was unreachable). */
  __wholesaleReplicaDownUntil?: number;
};

/** How long read paths stay on the primary after a replica could not be reached. */
export const REPLICA_RETRY_MS = 5_000;

/**
 * A replica's connection wait is short: a replica that cannot hand out a connection in time
 * (down, or saturated) sends the read to the primary rather than keep the page waiting.
 */
export const REPLICA_TIMEOUTS = { connectMs: 3_000, queryMs: DATABASE_TIMEOUTS.queryMs };

function replicas(): PrismaClient[] {
  // Each replica gets the app's own client (pool size, startup options) on its URL.
  globalForDb.__wholesaleReplicas ??= replicaUrls().map((url) => createClient({ kind: "postgres", url }, REPLICA_TIMEOUTS));
  return globalForDb.__wholesaleReplicas;
}

/** Replaces the process's replicas (test harness: a private primary + replica pair; [] for none). */
export function setReplicas(clients: PrismaClient[]) {
  globalForDb.__wholesaleReplicas = clients;
  globalForDb.__wholesaleReadRouting = undefined;
  globalForDb.__wholesaleReplicaDownUntil = undefined;
}

export function replicasConfigured(): boolean {
  return replicas().length > 0;
}

/**
 * The primary extended with @prisma/extension-read-replicas: `$replica()` picks one of the
 * replicas. (Its default routing, every non-transactional model read to a replica, is not used:
 * the app's reads stay on the primary unless a path asks, see above.)
 */
function routing(): Routing | null {
  const list = replicas();
  if (list.length === 0) return null;
  const primary = getPrisma();
  const current = globalForDb.__wholesaleReadRouting;
  if (current && current.primary === primary && current.replicas === list) return current;
  const routed = primary.$extends(readReplicas({ replicas: list }));
  globalForDb.__wholesaleReadRouting = { primary, replicas: list, routed };
  return globalForDb.__wholesaleReadRouting;
}

/**
 * The client of a named read path: a replica, unless none is configured, this session just wrote,
 * or a replica was unreachable a moment ago.
 */
export async function readPrisma(): Promise<ReadPrisma> {
  const route = routing();
  if (!route || Date.now() < (globalForDb.__wholesaleReplicaDownUntil ?? 0) || (await sessionWroteRecently())) return route?.primary ?? getPrisma();
  return withPrimaryFallback(route.routed.$replica() as PrismaClient, route.primary);
}

type Call = (...args: unknown[]) => Promise<unknown>;

/** Runs a read on the replica; if the replica cannot be reached, runs it on the primary instead. */
async function fallBack(onReplica: () => Promise<unknown>, onPrimary: () => Promise<unknown>): Promise<unknown> {
  try {
    return await onReplica();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    if (Date.now() >= (globalForDb.__wholesaleReplicaDownUntil ?? 0)) {
      console.warn(`Read replica unreachable; read paths use the primary for ${REPLICA_RETRY_MS / 1000} s:`, error instanceof Error ? error.message : error);
    }
    globalForDb.__wholesaleReplicaDownUntil = Date.now() + REPLICA_RETRY_MS;
    return onPrimary();
  }
}

/** The replica client, each read of which (model operations and raw queries) falls back to the primary. */
function withPrimaryFallback(replica: PrismaClient, primary: PrismaClient): ReadPrisma {
  const on = (client: PrismaClient, key: string) => Reflect.get(client, key, client) as Record<string, Call> & Call;
  return new Proxy({} as ReadPrisma, {
    get(_target, key) {
      if (typeof key !== "string") return undefined;
      if (key.startsWith("$query")) {
        return (...args: unknown[]) => fallBack(() => on(replica, key).apply(replica, args), () => on(primary, key).apply(primary, args));
      }
      return new Proxy({}, {
        get(_delegate, operation) {
          if (typeof operation !== "string") return undefined;
          return (...args: unknown[]) =>
            fallBack(() => on(replica, key)[operation](...args), () => on(primary, key)[operation](...args));
        },
      });
    },
  });
}

/**
 * Called before every server action runs (they are the app's writes): the session reads the
 * primary for the next few seconds, so it sees what it wrote. Nothing to do without a replica.
 */
export async function keepSessionOnPrimary(): Promise<void> {
  if (replicasConfigured()) await markSessionWrote();
}
