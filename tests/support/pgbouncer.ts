// A throwaway PgBouncer (Debian's package) in front of a private PostgreSQL: its own ini and
// userlist in a temporary folder, on a free port, started in the background (-d) as the
// `postgres` user when the tests run as root. Stopped by the process id it wrote, never by name.
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { freePort } from "./private-postgres";
import { postgresUserDir } from "./replica-pair";

const PGBOUNCER = process.env.PGBOUNCER_BIN ?? "/usr/sbin/pgbouncer";

export function pgbouncerAvailable(): boolean {
  return existsSync(PGBOUNCER);
}

export type Pgbouncer = {
  port: number;
  /** URL of the pooled database, as the app would be given it in DATABASE_URL. */
  url: string;
  log: () => Promise<string>;
  stop: () => Promise<void>;
};

export type PgbouncerOptions = {
  /** The server behind it. */
  server: { host: string; port: number; database: string };
  /** Name clients connect to (the [databases] entry). */
  database?: string;
  poolMode?: "session" | "transaction" | "statement";
  poolSize?: number;
  /** Startup parameters it drops instead of refusing the connection; omit the line when null. */
  ignoreStartupParameters?: string | null;
};

/** The settings the README gives for running the app behind PgBouncer. */
export function pgbouncerIni(options: PgbouncerOptions & { port: number; dir: string }): string {
  const database = options.database ?? options.server.database;
  const { host, port, database: dbname } = options.server;
  return [
    "[databases]",
    `${database} = host=${host} port=${port} dbname=${dbname}`,
    "",
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${options.port}`,
    `unix_socket_dir = ${options.dir}`,
    "auth_type = trust",
    `auth_file = ${path.join(options.dir, "userlist.txt")}`,
    `pool_mode = ${options.poolMode ?? "transaction"}`,
    `default_pool_size = ${options.poolSize ?? 5}`,
    "max_client_conn = 240",
    ...(options.ignoreStartupParameters === null ? [] : [`ignore_startup_parameters = ${options.ignoreStartupParameters ?? "options"}`]),
    `logfile = ${path.join(options.dir, "pgbouncer.log")}`,
    `pidfile = ${path.join(options.dir, "pgbouncer.pid")}`,
    "",
  ].join("\n");
}

export async function startPgbouncer(options: PgbouncerOptions): Promise<Pgbouncer> {
  const { dir, as } = await postgresUserDir("wholesale-pgbouncer-");
  const port = await freePort();
  const ini = path.join(dir, "pgbouncer.ini");
  // Files written as root in a folder owned by postgres stay readable to it (mode 0644).
  await writeFile(path.join(dir, "userlist.txt"), `"postgres" ""\n`);
  await writeFile(ini, pgbouncerIni({ ...options, port, dir }));
  await as(PGBOUNCER, ["-d", ini]);
  const pidFile = path.join(dir, "pgbouncer.pid");
  const log = () => readFile(path.join(dir, "pgbouncer.log"), "utf8").catch(() => "");
  // -d returns once it forked; it writes its pid file when it is ready to listen.
  const deadline = Date.now() + 10_000;
  while (!existsSync(pidFile)) {
    if (Date.now() > deadline) throw new Error(`PgBouncer did not start:\n${await log()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const pid = Number((await readFile(pidFile, "utf8")).trim());
  return {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/${options.database ?? options.server.database}`,
    log,
    async stop() {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // already gone
      }
      const until = Date.now() + 5_000;
      while (existsSync(pidFile) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
