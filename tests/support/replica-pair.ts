// A throwaway PostgreSQL primary with one streaming replica, for the read-replica tests: the
// primary is a private cluster (tests/support/private-postgres), the replica a `pg_basebackup -R`
// copy of it on another free port, in hot standby, replaying the primary's WAL as it streams in.
// As there, the binaries run as the `postgres` user when the tests run as root.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort, privatePostgresAvailable, startPrivatePostgres, type PrivatePostgres } from "./private-postgres";

const run = promisify(execFile);
const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export function replicaPairAvailable(): boolean {
  return privatePostgresAvailable() && existsSync(path.join(PG_BIN, "pg_basebackup"));
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** A folder the `postgres` user owns (when we are root), and a runner for its binaries. */
export async function postgresUserDir(prefix: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
    await chown(dir, Number(uid.stdout), Number(gid.stdout));
  }
  const as = (command: string, args: string[]) =>
    asRoot ? run("su", ["postgres", "-s", "/bin/sh", "-c", [command, ...args].map(quote).join(" ")]) : run(command, args);
  return { dir, as, tool: (name: string, args: string[]) => as(path.join(PG_BIN, name), args) };
}

/** One statement on a server, on a connection of its own. */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export type ReplicaPair = {
  primary: PrivatePostgres;
  replicaPort: number;
  /** URLs of a database on the primary and on the replica. */
  primaryUrl: (database: string) => string;
  replicaUrl: (database: string) => string;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp: (timeoutMs?: number) => Promise<void>;
  /** Stops applying WAL on the replica (it keeps receiving it): what it shows is frozen in time. */
  pauseReplay: () => Promise<void>;
  resumeReplay: () => Promise<void>;
  stopReplica: () => Promise<void>;
  /** Starts the replica again if it is stopped. */
  startReplica: () => Promise<void>;
  destroy: () => Promise<void>;
};

export async function startReplicaPair(): Promise<ReplicaPair> {
  const primary = await startPrivatePostgres();
  const { dir, tool } = await postgresUserDir("wholesale-replica-");
  try {
    const data = path.join(dir, "data");
    // A copy of the running primary, with standby.signal and primary_conninfo written (-R), and
    // the WAL written meanwhile streamed alongside (-X stream), so it starts consistent.
    await tool("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres", "-D", data, "-R", "-X", "stream", "-c", "fast", "--no-sync"]);
    const replicaPort = await freePort();
    const options = `-p ${replicaPort} -k ${dir} -c listen_addresses=127.0.0.1 -c hot_standby=on -c fsync=off`;
    let running = false;
    const startReplica = async () => {
      if (running) return;
      await tool("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
      running = true;
    };
    const stopReplica = async (mode = "fast") => {
      running = false;
      await tool("pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "60", "stop"]);
    };
    await startReplica();

    const replicaUrl = (database: string) => `postgresql://postgres@127.0.0.1:${replicaPort}/${database}`;
    const onReplica = <T extends pg.QueryResultRow>(text: string) => sql<T>(replicaUrl("postgres"), text);
    const pair: ReplicaPair = {
      primary,
      replicaPort,
      primaryUrl: primary.url,
      replicaUrl,
      async caughtUp(timeoutMs = 20_000) {
        const [{ lsn }] = await sql<{ lsn: string }>(primary.url("postgres"), "SELECT pg_current_wal_lsn()::text AS lsn");
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const [{ behind }] = await onReplica<{ behind: boolean }>(`SELECT coalesce(pg_last_wal_replay_lsn() < '${lsn}'::pg_lsn, true) AS behind`);
          if (!behind) return;
          if (Date.now() > deadline) throw new Error(`The replica did not replay up to ${lsn} within ${timeoutMs} ms`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      async pauseReplay() {
        await onReplica("SELECT pg_wal_replay_pause()");
        // The request takes effect between records: wait until the replica says it is paused.
        const deadline = Date.now() + 10_000;
        for (;;) {
          const [{ state }] = await onReplica<{ state: string }>("SELECT pg_get_wal_replay_pause_state() AS state");
          if (state === "paused") return;
          if (Date.now() > deadline) throw new Error(`The replica's replay did not pause (${state})`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      async resumeReplay() {
        await onReplica("SELECT pg_wal_replay_resume()");
      },
      stopReplica: () => stopReplica(),
      startReplica,
      async destroy() {
        // A throwaway replica needs no clean shutdown.
        await Promise.all([stopReplica("immediate").catch(() => {}), primary.destroy()]);
        await rm(dir, { recursive: true, force: true });
      },
    };
    return pair;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    await primary.destroy();
    throw error;
  }
}
