// The production build served the way `npm run serve` serves it (scripts/serve.mjs), on a free
// port and a database of the test's choosing, for tests that need the real server: real sockets,
// real headers, real server actions. Needs `next build` first.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { ActionResult } from "@/lib/actions/result";
import { freePort } from "./private-postgres";

export type ProductionServer = {
  base: string;
  process: ChildProcess;
  /** Everything the server printed so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startProductionServer(options: { databaseUrl: string; env?: Record<string, string> }): Promise<ProductionServer> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  // Its own process group, so the server and anything it starts are stopped together.
  const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: options.databaseUrl, AUTH_SECRET: "production-server-test-secret", NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    // Gone already: exited, or killed by a signal (a test that kills an instance).
    if (!server.pid || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch (error) {
      // Its group ended between the check and the signal.
      if ((error as NodeJS.ErrnoException).code === "ESRCH") return;
      throw error;
    }
    await exited;
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server exited: ${output}`);
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer: ${output}`);
    }
    await sleep(250);
  }
  return { base, process: server, output: () => output, stop };
}

/** The id a browser sends in Next-Action for an exported server action of this build. */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, action]) => action.filename === file && action.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${file}#${exportedName} in this build.`);
  return found[0];
}

type ServerActionCall = { page: string; file: string; name: string };

function serverActionHeaders(action: ServerActionCall, headers: Record<string, string>): Record<string, string> {
  return { "next-action": serverActionId(action.file, action.name), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...headers };
}

/** What the action returned, from its flight response: row 0 points at the result in row 1. */
function serverActionResult<T>(action: ServerActionCall, status: number, text: string): ActionResult<T> {
  if (status < 200 || status >= 300) throw new Error(`${action.name} answered ${status}: ${text.slice(0, 500)}`);
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  if (!row) throw new Error(`${action.name} returned no result: ${text.slice(0, 500)}`);
  return JSON.parse(row.slice(2)) as ActionResult<T>;
}

/**
 * Calls a server action over HTTP as the browser does (POST to a page that uses it, the arguments
 * as JSON) and returns what the action returned.
 */
export async function callServerAction<T = unknown>(
  server: Pick<ProductionServer, "base">,
  action: ServerActionCall,
  args: unknown[],
  headers: Record<string, string> = {},
): Promise<ActionResult<T>> {
  const response = await fetch(`${server.base}${action.page}`, {
    method: "POST",
    headers: serverActionHeaders(action, headers),
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(30_000),
  });
  return serverActionResult<T>(action, response.status, await response.text());
}

/**
 * The same, over the kept-alive sockets of a node:http agent the caller shares between calls (as
 * the benchmark's clients send them): the admission-gate test needs requests queued on a few
 * connections.
 */
export function callServerActionOn<T = unknown>(
  agent: http.Agent,
  server: Pick<ProductionServer, "base">,
  action: ServerActionCall,
  args: unknown[],
  headers: Record<string, string> = {},
): Promise<ActionResult<T>> {
  const url = new URL(`${server.base}${action.page}`);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: serverActionHeaders(action, headers), agent, timeout: 30_000 }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => {
        try {
          resolve(serverActionResult<T>(action, response.statusCode ?? 0, text));
        } catch (error) {
          reject(error);
        }
      });
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`${action.name} did not answer in 30 s`)));
    request.on("error", reject);
    request.end(JSON.stringify(args));
  });
}
