// The app's HTTP server, for every way the app runs (npm start / serve, npm run dev, the e2e
// server, the benchmark, the production-server tests), started by scripts/serve.mjs: Next's own
// request handler behind a plain Node server that first stamps each request with the client's
// address, decided from the TCP connection (lib/http/client-address.ts). Next alone cannot do
// this: it keeps an X-Forwarded-For the client sent and fills it from the socket only when
// absent, so inside the app a header the visitor chose could not be told from the real address.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import type createNext from "next";
import { admissionGate, concurrentRequestLimit } from "../lib/http/admission-gate";
import { stampClientAddress, trustedProxyHops } from "../lib/http/client-address";
import { profileOnSignal } from "./cpu-profile-on-signal";

/** Gives the server this long to finish requests in flight after SIGTERM / SIGINT. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * `[--dev] [-p PORT] [-H HOSTNAME]`. PORT also comes from the environment (default 3000); without
 * -H it listens on every interface, as `next start` does. `loadNext` is called once NODE_ENV is set.
 */
export async function runAppServer(argv: string[], loadNext: () => typeof createNext): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dev: { type: "boolean", default: false },
      port: { type: "string", short: "p" },
      hostname: { type: "string", short: "H" },
    },
  });
  const dev = values.dev;
  // Before Next is loaded, which reads it as it loads (Next's types declare it read-only).
  const env = process.env as Record<string, string | undefined>;
  if (dev) env.NODE_ENV = "development";
  else env.NODE_ENV ??= "production";
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname;

  if (process.env.CPU_PROFILE_DIR) profileOnSignal(process.env.CPU_PROFILE_DIR);
  const app = loadNext()({ dev, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  await app.prepare();
  // Read once Next has loaded the .env files.
  let hops: number;
  try {
    hops = trustedProxyHops();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const handle = app.getRequestHandler();
  const limit = concurrentRequestLimit();
  const gate = admissionGate(limit > 0 && !dev ? limit : Number.POSITIVE_INFINITY);
  const server = createServer((req, res) => {
    stampClientAddress(req, hops);
    // The build's static files (only read from disk) and the health check (a load balancer must
    // not find a busy instance dead) skip the line.
    if (req.url?.startsWith("/_next/static/") || req.url === "/api/health") return void serve(req, res);
    gate.enter((done) => {
      res.once("close", done);
      if (req.destroyed) return done(); // the client left while waiting
      serve(req, res);
    });
  });
  function serve(req: IncomingMessage, res: ServerResponse) {
    handle(req, res).catch((error: unknown) => {
      console.error(`Failed to handle ${req.method} ${req.url}`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  }

  server.on("error", (error) => {
    console.error("Failed to start the server", error);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    const shown = !hostname || hostname === "0.0.0.0" ? "localhost" : hostname;
    const from = hops === 0 ? "the connection (no trusted proxy)" : `X-Forwarded-For, ${hops} trusted proxy hop${hops === 1 ? "" : "s"} from the right`;
    console.log(`> Ready on http://${shown}:${port} (${dev ? "development" : "production"}; client address from ${from})`);
  });

  let closing = false;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      setTimeout(() => process.exit(code), SHUTDOWN_GRACE_MS).unref();
      void shutDown().finally(() => process.exit(code));
    });
  }

  /** Stops taking connections, lets requests in flight finish, then lets Next clean up. */
  async function shutDown() {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    if (dev) {
      // Development: nothing worth waiting for, and an open hot-reload socket would hold close().
      server.closeAllConnections();
    } else {
      server.closeIdleConnections();
      await closed;
    }
    await app.close();
  }
}
