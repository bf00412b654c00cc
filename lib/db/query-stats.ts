// Counts the SQL statements this process sends, for the benchmark's "queries per request" column.
// Off unless DB_QUERY_STATS=1: Prisma's query events cost a little on every statement.
export const queryStatsEnabled = process.env.DB_QUERY_STATS === "1";

// On globalThis: Next bundles each route separately, and the client counting may be created by another bundle than the one reading.
const stats = ((globalThis as unknown as { __wholesaleQueryStats?: { queries: number } }).__wholesaleQueryStats ??= { queries: 0 });

export function countQuery() {
  stats.queries += 1;
}

/** Statements sent since the process started (0 when counting is off). */
export function queriesSent(): number {
  return stats.queries;
}
