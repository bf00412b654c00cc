// Which database this process uses: a PostgreSQL server when DATABASE_URL is set, else the
// embedded PGlite in a data folder under the project.
import path from "node:path";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function databaseTarget(env: Partial<Record<string, string>> = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  const dataDir = env.PGLITE_DATA_DIR ?? path.join(process.cwd(), ".data", "pglite");
  return { kind: "pglite", dataDir };
}

/**
 * The database of command-line scripts (migrations, seed, prepare): DATABASE_DIRECT_URL when set,
 * the server itself when the app's DATABASE_URL goes through a pooler such as PgBouncer in
 * transaction mode. Migrations hold a session-level advisory lock, which a pooler would leave held
 * on one of its server connections after the script ends.
 */
export function scriptTarget(env: Partial<Record<string, string>> = process.env): DatabaseTarget {
  if (env.DATABASE_DIRECT_URL) return { kind: "postgres", url: env.DATABASE_DIRECT_URL };
  return databaseTarget(env);
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite (${path.relative(process.cwd(), target.dataDir) || target.dataDir})`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
