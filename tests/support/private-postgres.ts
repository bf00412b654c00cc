// A throwaway PostgreSQL cluster in a temporary folder, on a free port with trust auth, for fault
// tests that stop and start the database server under the app. Uses the PostgreSQL 15 binaries
// (PG_BIN overrides the folder). PostgreSQL refuses to run as root: as root, the binaries run as
// the `postgres` user, which then owns the folder.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);
const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export function privatePostgresAvailable(): boolean {
  return ["initdb", "pg_ctl"].every((tool) => existsSync(path.join(PG_BIN, tool)));
}

export type PrivatePostgres = {
  port: number;
  /** URL of a database on this cluster. */
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<string>;
  /** Fast shutdown: open sessions are cut and their transactions rolled back, as in a restart. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops every server process in place (SIGSTOP): connections stay open and nothing answers. */
  freeze: () => Promise<void>;
  /** Lets a frozen server run again (SIGCONT). */
  thaw: () => Promise<void>;
  destroy: () => Promise<void>;
};

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "wholesale-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
    await chown(dir, Number(uid.stdout), Number(gid.stdout));
  }
  const tool = (name: string, args: string[]) =>
    asRoot
      ? run("su", ["postgres", "-s", "/bin/sh", "-c", [path.join(PG_BIN, name), ...args].map(quote).join(" ")])
      : run(path.join(PG_BIN, name), args);

  const data = path.join(dir, "data");
  await tool("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const port = await freePort();
  // Durability settings off: this cluster lives for one test file.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = async () => {
    await tool("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  };
  const stop = async () => {
    await tool("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]);
  };
  await start();

  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: url("postgres") });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    stop,
    start,
    freeze: () => signalServer(data, "STOP"),
    thaw: () => signalServer(data, "CONT"),
    async destroy() {
      await stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Sends a signal to the postmaster of `data` and every process it started. */
async function signalServer(data: string, signal: "STOP" | "CONT") {
  const postmaster = Number((await readFile(path.join(data, "postmaster.pid"), "utf8")).split("\n")[0]);
  const children = (await run("pgrep", ["-P", String(postmaster)]).catch(() => ({ stdout: "" }))).stdout.split(/\s+/).filter(Boolean).map(Number);
  for (const pid of [postmaster, ...children]) process.kill(pid, `SIG${signal}`);
}
