// nginx (Debian's package, `.ci/run` installs it) in front of app instances, for tests: the
// shipped deploy/nginx.conf.example rendered for this machine (its upstream servers replaced by
// the test's instances with the example's own parameters, a free port on 127.0.0.1, and pid, logs
// and temporary files in a folder of its own), then started in the foreground in its own process
// group. The access log keeps the example's format, so tests read which instances each request
// went to.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./private-postgres";

const run = promisify(execFile);

export const NGINX_EXAMPLE = path.join(process.cwd(), "deploy", "nginx.conf.example");

/** The nginx binary (NGINX_BIN, else Debian's), or null when nginx is not installed. */
export function nginxBinary(): string | null {
  const candidates = [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/bin/nginx"].filter((c): c is string => Boolean(c));
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export type AccessLogEntry = {
  method: string;
  uri: string;
  status: number;
  /** Every instance nginx tried for this request, in order ("127.0.0.1:4001"). */
  upstreams: string[];
  /** What each of them answered ("502", "200", or "-" for none). */
  upstreamStatuses: string[];
  line: string;
};

export type Nginx = {
  base: string;
  process: ChildProcess;
  /** The configuration nginx runs, as rendered from the example. */
  config: string;
  accessLog: () => Promise<AccessLogEntry[]>;
  errorLog: () => Promise<string>;
  stop: () => Promise<void>;
};

/**
 * The example with this machine's settings: `upstreams` ("127.0.0.1:4001") in place of the
 * example's servers, each with the parameters of the example's first server line, `listen` on
 * 127.0.0.1:`port`, and every path under `prefix`. The health check's location logs too (the
 * example keeps monitors' checks out of the access log; a test reads every request it sent there).
 * Everything else is the example as shipped.
 */
export function renderNginxConfig(example: string, options: { upstreams: string[]; port: number; prefix: string }): string {
  const { upstreams, port, prefix } = options;
  const file = (name: string) => path.join(prefix, name);
  const serverLine = /^(\s*)server\s+\S+:\d+(\s[^;]*)?;\s*$/gm;
  const first = serverLine.exec(example);
  if (!first) throw new Error("The example has no upstream server line.");
  const [indent, parameters = ""] = [first[1], first[2]];
  const replaced = example.replace(serverLine, "");
  const lines = replaced.split("\n");
  const upstreamAt = lines.findIndex((line) => /^\s*upstream\s+\S+\s*\{/.test(line));
  if (upstreamAt < 0) throw new Error("The example has no upstream block.");
  lines.splice(upstreamAt + 1, 0, ...upstreams.map((address) => `${indent}server ${address}${parameters};`));
  const rendered = lines
    .join("\n")
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^worker_processes\s+[^;]+;/m, "worker_processes 1;")
    .replace(/^pid\s+[^;]+;/m, `pid ${file("nginx.pid")};`)
    .replace(/^error_log\s+\S+/m, `error_log ${file("error.log")}`)
    .replace(/^(\s*access_log\s+)\/\S+/m, `$1${file("access.log")}`)
    .replace(/^\s*access_log\s+off;\n/gm, "")
    .replace(/\n\s*\n\s*\n/g, "\n\n");
  // Debian's build keeps request bodies and buffered answers under /var/lib/nginx: keep them here.
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `    ${kind}_temp_path ${file(`${kind}-temp`)};`).join("\n");
  // As root the workers would run as nobody, who cannot enter this folder.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `${user}${rendered.replace(/^http\s*\{/m, `http {\n${temp}`)}`;
}

/** Parses the example's "upstreams" log format. */
export function parseAccessLog(text: string): AccessLogEntry[] {
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const found = /"(\S+) (\S+) [^"]*" (\d{3}) \S+ upstream=\[([^\]]*)\] upstream_status=\[([^\]]*)\]/.exec(line);
      if (!found) throw new Error(`Unexpected access log line: ${line}`);
      const list = (value: string) => value.split(/\s*[,:]\s+/).map((v) => v.trim()).filter((v) => v && v !== "-");
      return { method: found[1], uri: found[2], status: Number(found[3]), upstreams: list(found[4]), upstreamStatuses: found[5].split(/\s*[,:]\s+/).map((v) => v.trim()), line };
    });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** nginx with the example's configuration in front of `upstreams`, answering on `base`. */
export async function startNginx(options: { upstreams: string[]; example?: string }): Promise<Nginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx is not installed (apt-get install -y nginx).");
  const prefix = await mkdtemp(path.join(os.tmpdir(), "wholesale-nginx-"));
  const port = await freePort();
  const config = renderNginxConfig(await readFile(options.example ?? NGINX_EXAMPLE, "utf8"), { upstreams: options.upstreams, port, prefix });
  const configFile = path.join(prefix, "nginx.conf");
  await writeFile(configFile, config);
  // -e: the log nginx writes to before it has read the configuration (else /var/log/nginx).
  const args = ["-p", prefix, "-c", configFile, "-e", path.join(prefix, "error.log")];
  try {
    await run(binary, ["-t", ...args]);
  } catch (error) {
    await rm(prefix, { recursive: true, force: true });
    throw new Error(`nginx refused the configuration: ${(error as { stderr?: string }).stderr ?? error}\n${config}`);
  }
  let output = "";
  const nginx = spawn(binary, [...args, "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  nginx.stdout!.on("data", (chunk) => (output += chunk));
  nginx.stderr!.on("data", (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  const errorLog = () => readFile(path.join(prefix, "error.log"), "utf8").catch(() => "");
  const stop = async () => {
    if (nginx.pid && nginx.exitCode === null && nginx.signalCode === null) {
      const exited = new Promise((resolve) => nginx.once("exit", resolve));
      // Fast shutdown of the master and its workers.
      process.kill(-nginx.pid, "SIGTERM");
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  // Ready once the instances' health check answers through it (not written to the access log).
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${output}${await errorLog()}`);
    const listening = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
    if (listening) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not answer: ${output}${await errorLog()}`);
    }
    await sleep(100);
  }
  return {
    base,
    process: nginx,
    config,
    accessLog: async () => parseAccessLog(await readFile(path.join(prefix, "access.log"), "utf8").catch(() => "")),
    errorLog,
    stop,
  };
}
