// Tells a database outage (the server refused, dropped or never answered the connection, or
// cannot take more) from every other failure, so callers can say "try again later" instead of
// blaming the user's input. Works on what Prisma 7 with @prisma/adapter-pg throws: Prisma's
// connection error codes, the driver adapter's error kinds, and the pg driver's own errors.

/** Prisma: can't reach / timed out / server closed the connection / pool timeout, and their kin. */
const PRISMA_CODES = new Set(["P1000", "P1001", "P1002", "P1003", "P1008", "P1010", "P1011", "P1017", "P2024"]);

/** The driver adapter's kinds for a connection that could not be made or was lost. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable", "DatabaseDoesNotExist", "DatabaseAccessDenied", "AuthenticationFailed",
  "ConnectionClosed", "SocketTimeout", "TlsConnectionError", "TooManyConnections",
]);

/** Node socket errors. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 53 (insufficient resources), 57P01-03
 * (shut down by the administrator, crashed, starting up).
 */
const isOutageSqlState = (code: string) => /^(08|53)[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code);

/** What the pg driver says when a connection ends or a statement outlives its timeout. */
const PG_MESSAGES = /^(Connection terminated|Query read timeout|timeout exceeded when trying to connect|Client has encountered a connection error)/;

type Inspectable = { code?: unknown; message?: unknown; meta?: unknown; cause?: unknown };

function adapterCause(meta: unknown): { kind?: unknown; code?: unknown } | undefined {
  const adapterError = (meta as { driverAdapterError?: { cause?: unknown } } | undefined)?.driverAdapterError;
  return adapterError?.cause as { kind?: unknown; code?: unknown } | undefined;
}

function isOutage(error: Inspectable): boolean {
  const code = typeof error.code === "string" ? error.code : "";
  if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || isOutageSqlState(code)) return true;
  const adapter = adapterCause(error.meta) ?? (error as { cause?: { kind?: unknown; code?: unknown } }).cause;
  if (typeof adapter?.kind === "string") {
    if (ADAPTER_KINDS.has(adapter.kind)) return true;
    if (adapter.kind === "postgres" && typeof adapter.code === "string" && isOutageSqlState(adapter.code)) return true;
  }
  return typeof error.message === "string" && PG_MESSAGES.test(error.message);
}

/** Whether the error, or one it wraps (`cause`, or `cause.err` as Auth.js wraps), is a database outage. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 10) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const inspectable = current as Inspectable;
    if (isOutage(inspectable)) return true;
    const cause = inspectable.cause as { err?: unknown } | undefined;
    queue.push(cause, cause?.err);
  }
  return false;
}
