// `npm run bench`: load runs against the production build on the benchmark database
// (`npm run bench:seed` first). Signed-in sessions are real signed cookies for seeded users.
// Prints a table and writes it to bench/results/<date>.md.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { encodeLinkSession } from "../../lib/link-access/session-token";
import { loadDotEnv } from "../load-env";
import { AREAS, sourceMapResolver, summarizeProfile, type Area, type CpuProfile } from "./cpu-profile";
import { runLoad, runOpenLoop, sendOnce, type LoadRequest, type LoadResult, type OpenLoopResult } from "./load";

/** The NODE_OPTIONS the package's `serve` script starts the server with. */
async function serveNodeOptions(): Promise<string> {
  const { scripts } = JSON.parse(await readFile("package.json", "utf8")) as { scripts: Record<string, string> };
  return /NODE_OPTIONS='([^']*)'/.exec(scripts.serve)?.[1] ?? "";
}

/** Server action ids of this build, by "<file>#<export>" (the ids a browser sends in Next-Action). */
async function actionIds(): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  return new Map(Object.entries(manifest.node).map(([id, a]) => [`${a.filename}#${a.exportedName}`, id]));
}

/** A server action call as the browser sends it: POST to a page that uses it, arguments as JSON. */
function actionRequest(path: string, actionId: string, args: unknown[], cookie: string, expect: string): LoadRequest {
  return {
    method: "POST",
    path,
    headers: { cookie, "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    body: JSON.stringify(args),
    expect,
  };
}

loadDotEnv();
const url = process.env.DATABASE_URL;
if (!url) throw new Error("npm run bench needs DATABASE_URL pointing at the benchmark database.");
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** Seconds of each open-loop run (two per path: 50 % and 80 % of the path's measured maximum). */
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 10);
const OPEN_LOADS = [0.5, 0.8];
/** Seconds of each path's profiled run (BENCH_PROFILE_SECONDS=0: no profile). */
const PROFILE_SECONDS = Number(process.env.BENCH_PROFILE_SECONDS ?? 8);
const PROFILE_DIR = path.resolve(".next/bench-profiles");
const SECRET = "bench-secret-not-for-production-0123456789";
const base = `http://127.0.0.1:${PORT}`;
const md5 = (s: string) => createHash("md5").update(s).digest("hex");

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main() {
  const loadAtStart = os.loadavg();
  await rm(PROFILE_DIR, { recursive: true, force: true });
  await mkdir(PROFILE_DIR, { recursive: true });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const sizes = (await db.query(`SELECT (SELECT count(*) FROM "Order")::int AS orders, (SELECT count(*) FROM "OrderLine")::int AS lines,
    (SELECT count(*) FROM "OrderLink")::int AS links, (SELECT count(*) FROM "Sku")::int AS skus, (SELECT count(*) FROM "Buyer")::int AS buyers`)).rows[0];
  const bigOrders = (await db.query(`SELECT count(*)::int AS c FROM "Order" WHERE "brandId" = 'bb_1'`)).rows[0].c;

  // The app server `npm run serve` starts, in its own process group (stopped with everything it
  // runs) and with the heap settings of `npm run serve`, so the benchmark measures the server as it is run.
  const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(PORT), "-H", "127.0.0.1"], {
    detached: true,
    env: { ...process.env, NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? (await serveNodeOptions()), AUTH_SECRET: SECRET, NODE_ENV: "production", DATABASE_POOL_SIZE: "20", NEXT_TELEMETRY_DISABLED: "1", DB_QUERY_STATS: "1", BENCH_FLOOR_PAGE: "1", CPU_PROFILE_DIR: PROFILE_DIR },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const serverPid = server.pid!;
  // However the run ends (a failed request, an exception, Ctrl-C), the server goes with it: left
  // running, it holds the port and the next run cannot start its own.
  const stopServer = () => {
    try {
      process.kill(-serverPid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  process.once("exit", stopServer);
  process.once("SIGINT", () => process.exit(130));
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const serverTree = async () => {
    const { execSync } = await import("node:child_process");
    const pids = execSync(`pgrep -P ${serverPid} || true`).toString().split(/\s+/).filter(Boolean).map(Number);
    return [serverPid, ...pids, ...pids.flatMap((p) => execSync(`pgrep -P ${p} || true`).toString().split(/\s+/).filter(Boolean).map(Number))];
  };
  // Should the server ever run in a child process: measure the largest process of the tree.
  const nextPid = async () => Math.max(...(await Promise.all((await serverTree()).map(rssOf))));
  /** CPU time (user + system, ms) the server processes have used so far. */
  const serverCpuMs = async () => {
    const stats = await Promise.all((await serverTree()).map((pid) => readFile(`/proc/${pid}/stat`, "utf8").catch(() => "")));
    return stats.reduce((sum, stat) => {
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // after "pid (comm) "
      return sum + (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10; // utime, stime in 1/100 s
    }, 0);
  };

  const staffCookie = `authjs.session-token=${await encode({ token: { sub: "bu_1_OPS" }, secret: SECRET, salt: "authjs.session-token" })}`;
  // Reports are for Owner, Admin and Staff (not Ops).
  const ownerCookie = `authjs.session-token=${await encode({ token: { sub: "bu_1_OWNER" }, secret: SECRET, salt: "authjs.session-token" })}`;
  const season = "bk_1_0";
  const customerLink = { id: "bl_1_2", token: `bench-1-2-${md5("21")}`, catalog: "bk_1_2" };
  /** The link session cookie of a visitor of the Customer Order Link, signed in as its buyer user. */
  const signedInVisitor = (visitorId: string) =>
    `wl_${customerLink.id}=${encodeLinkSession({ linkId: customerLink.id, visitorId, passcode: null, login: { method: "USER_ACCOUNT", userId: "bbu_1", buyerId: "by_1" }, orderIds: [] }, SECRET)}`;
  const buyerCookie = signedInVisitor("bench-visitor");
  // Each checkout is a new visitor of the link (its own cart), signed in as the same buyer user.
  const visitorCookie = (i: number) => signedInVisitor(`bench-checkout-${process.pid}-${i}`);
  // Cart saves alone: 200 visitors who keep saving into their carts.
  const cartVisitorCookie = (i: number) => signedInVisitor(`bench-cart-${process.pid}-${i % 200}`);
  const cartProduct = (await db.query(`SELECT cp."productId" AS id, array_agg(s.id ORDER BY s.position) AS skus FROM "CatalogProduct" cp JOIN "Sku" s ON s."productId" = cp."productId"
    WHERE cp."catalogId" = $1 GROUP BY cp."productId", cp.position ORDER BY cp.position LIMIT 1`, [customerLink.catalog])).rows[0] as { id: string; skus: string[] };
  const actions = await actionIds();
  const action = (key: string) => {
    const id = actions.get(key);
    if (!id) throw new Error(`No server action ${key} in this build.`);
    return id;
  };
  const checkoutAddress = {
    contactName: "Bench Buyer", email: "shop1@bench.example", phone: "03-0000-0000", country: "JP",
    shipRecipient: "Bench Shop 1", shipLine1: "1-2-3 Street", shipCity: "Tokyo", shipPostalCode: "100-0001", paymentMethod: "PAY_OUTSIDE_APP",
  };
  const instantToken = `bench-1-3-${md5("31")}`; // link 3: Instant and Open
  const skuCodes = (await db.query(`SELECT code FROM "Sku" WHERE "brandId" = 'bb_1' ORDER BY random() LIMIT 200`)).rows.map((r) => r.code as string);

  // The framework floor renders as much HTML as the catalog page, with no database work.
  const catalogBytes = (await (await fetch(`${base}/l/${customerLink.token}/catalogs/${customerLink.catalog}`, { headers: { cookie: buyerCookie } })).arrayBuffer()).byteLength;
  const FLOOR = `Framework floor: ${Math.round(catalogBytes / 1024)} KB page, no database`;

  type Scenario = { name: string; target: number; next: (i: number) => LoadRequest | LoadRequest[]; sql?: { text: string; values?: unknown[] } };
  const scenarios: Scenario[] = [
    { name: FLOOR, target: 0, next: () => ({ path: `/bench-floor?kb=${Math.round(catalogBytes / 1024)}` }) },
    {
      name: "Customer Order Link catalog page (logged-in buyer)",
      target: 150,
      next: () => ({ path: `/l/${customerLink.token}/catalogs/${customerLink.catalog}`, headers: { cookie: buyerCookie } }),
      sql: { text: `SELECT p.id, p.name, s.code, sp."wholesalePrice" FROM "CatalogProduct" cp JOIN "Product" p ON p.id = cp."productId" JOIN "Sku" s ON s."productId" = p.id LEFT JOIN "SkuPrice" sp ON sp."skuId" = s.id AND sp.currency = 'JPY' WHERE cp."catalogId" = $1 ORDER BY cp.position LIMIT 240`, values: [customerLink.catalog] },
    },
    { name: "Instant Order Link page", target: 150, next: () => ({ path: `/l/${instantToken}` }) },
    {
      name: "Order Management, status filter, page 200",
      target: 120,
      next: (i) => ({ path: `/admin/orders?status=OC_CONFIRMED&page=${150 + (i % 100)}`, headers: { cookie: staffCookie } }),
      sql: { text: `SELECT * FROM "Order" WHERE "brandId" = 'bb_1' AND status = 'OC_CONFIRMED' ORDER BY "createdAt" DESC OFFSET 5000 LIMIT 25` },
    },
    {
      name: "New (To Ship) Orders, search by SKU",
      target: 120,
      next: (i) => ({ path: `/admin/shipping?field=sku&q=${encodeURIComponent(skuCodes[i % skuCodes.length])}`, headers: { cookie: staffCookie } }),
      sql: { text: `SELECT o.* FROM "Order" o WHERE o."brandId" = 'bb_1' AND o."releaseStatus" = 'NOT_YET_RELEASED' AND o.id IN (SELECT l."orderId" FROM "OrderLine" l WHERE l."skuId" = (SELECT id FROM "Sku" WHERE "brandId" = 'bb_1' AND code = $1)) ORDER BY o."createdAt" DESC LIMIT 25`, values: [skuCodes[0]] },
    },
    {
      // The whole season by day: read from the daily sales rollup (ReportSalesDaily).
      name: "Reports: sales by day for a season",
      target: 300,
      next: () => ({ path: `/admin/reports?currency=JPY&catalog=${season}`, headers: { cookie: ownerCookie } }),
      sql: { text: `SELECT day, sum(orders), sum(units), sum(value) FROM "ReportSalesDaily" WHERE "brandId" = 'bb_1' AND currency = 'JPY' AND "catalogId" = $1 AND status IN ('PLACED', 'CONFIRMED', 'RELEASED') GROUP BY day ORDER BY day`, values: [season] },
    },
    {
      // The season's products by value: read from the all-time SKU rollup (ReportSkuTotal).
      name: "Reports: top products for a season",
      target: 300,
      next: () => ({ path: `/admin/reports/products?currency=JPY&catalog=${season}`, headers: { cookie: ownerCookie } }),
      sql: { text: `SELECT "productId", sum(units), sum(value) AS v FROM "ReportSkuTotal" WHERE "brandId" = 'bb_1' AND "catalogId" = $1 AND currency = 'JPY' AND status IN ('PLACED', 'CONFIRMED', 'RELEASED') GROUP BY "productId" ORDER BY v DESC LIMIT 25`, values: [season] },
    },
    {
      // One product's grid saved by a visitor with a cart already (a session saves about ten):
      // the sizing's cart-save input, measured rather than taken as half the pair below.
      name: "Cart save, one product (Customer Order Link)",
      target: 300,
      next: (i) =>
        actionRequest(`/l/${customerLink.token}/catalogs/${customerLink.catalog}`, action("lib/link-access/actions.ts#saveLinkCartAction"),
          [customerLink.token, { productId: cartProduct.id, quantities: cartProduct.skus.slice(0, 3).map((skuId, n) => ({ skuId, quantity: 1 + ((i + n) % 4) })) }], cartVisitorCookie(i), `"ok":true`),
    },
    {
      name: "Add to cart and place an order (Customer Order Link)",
      target: 300,
      next: (i) => [
        actionRequest(`/l/${customerLink.token}/catalogs/${customerLink.catalog}`, action("lib/link-access/actions.ts#saveLinkCartAction"),
          [customerLink.token, { productId: cartProduct.id, quantities: cartProduct.skus.slice(0, 3).map((skuId) => ({ skuId, quantity: 2 })) }], visitorCookie(i), `"ok":true`),
        actionRequest(`/l/${customerLink.token}/checkout`, action("lib/link-access/actions.ts#placeLinkOrderAction"),
          [customerLink.token, { idempotencyKey: `bench-${process.pid}-${i}-checkout-key`, ...checkoutAddress }], visitorCookie(i), `"orderNumber"`),
      ],
    },
  ];

  // Every request of the benchmark gets an index no earlier request had, whichever run it belongs to
  // (warm-up, closed loop, one client, both open-loop rates, profile): a checkout is then always a
  // new visitor with a new idempotency key. The warm-up and the closed loop used to count from 0
  // alike, so the loop's first checkouts repeated the warm-up's keys and were answered with the
  // earlier order: less work than a checkout, measured as one.
  let requestIndex = 0;
  const fresh = (scenario: Scenario) => () => scenario.next(requestIndex++);

  const queriesSent = async () => ((await (await fetch(`${base}/api/health`)).json()) as { queries: number }).queries;
  /** SQL statements per request: a few requests one at a time, minus the health checks' own query. */
  const queriesPerRequest = async (scenario: Scenario) => {
    const before = await queriesSent();
    const runs = 3;
    for (let i = 0; i < runs; i++) await sendOnce(base, fresh(scenario)());
    return (await queriesSent() - before - 1) / runs;
  };

  // The server's sampling profiler (scripts/cpu-profile-on-signal.ts) over one more closed-loop run
  // of the path, summarised as ms per request by area.
  let profiles = 0;
  const resolveFrame = sourceMapResolver();
  const profileRun = async (scenario: Scenario): Promise<Map<Area, number>> => {
    process.kill(serverPid, "SIGUSR2");
    await new Promise((r) => setTimeout(r, 200));
    const run = await runLoad({ baseUrl: base, connections: 10, seconds: PROFILE_SECONDS, next: fresh(scenario) });
    process.kill(serverPid, "SIGUSR2");
    const file = path.join(PROFILE_DIR, `${++profiles}.cpuprofile`);
    for (let i = 0; i < 100; i++) {
      const written = await readFile(file, "utf8").catch(() => "");
      // The server may still be writing it: a file that does not parse yet is read again.
      const profile = written ? (() => { try { return JSON.parse(written) as CpuProfile; } catch { return null; } })() : null;
      if (profile) {
        const totals = summarizeProfile(profile, resolveFrame);
        return new Map([...totals].map(([area, ms]) => [area, ms / Math.max(1, run.requests)]));
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`No CPU profile written to ${file}`);
  };

  const rows: (LoadResult & { name: string; target: number; rss: number; sqlMs?: number; queries?: number; alone: LoadResult; cpuPerRequest: number; open: OpenLoopResult[]; profile?: Map<Area, number> })[] = [];
  // BENCH_ONLY=<text>[|<text>...]: only the paths whose name contains one of them (quick runs while
  // tuning a path or two).
  const only = process.env.BENCH_ONLY?.toLowerCase().split("|").filter(Boolean);
  for (const scenario of scenarios.filter((s) => !only?.length || s.name === FLOOR || only.some((text) => s.name.toLowerCase().includes(text)))) {
    // Warm up, then measure.
    await runLoad({ baseUrl: base, connections: 5, seconds: 3, next: fresh(scenario) });
    const cpuBefore = await serverCpuMs();
    const result = await runLoad({ baseUrl: base, connections: CONNECTIONS, seconds: SECONDS, next: fresh(scenario) });
    const cpuPerRequest = (await serverCpuMs() - cpuBefore) / Math.max(1, result.requests);
    let sqlMs: number | undefined;
    if (scenario.sql) {
      const t = performance.now();
      for (let i = 0; i < 5; i++) await db.query(scenario.sql.text, scenario.sql.values);
      sqlMs = (performance.now() - t) / 5;
    }
    const queries = await queriesPerRequest(scenario);
    // The same path with one client: the latency a user sees when the server is not saturated.
    const alone = await runLoad({ baseUrl: base, connections: 1, seconds: Math.min(5, SECONDS), next: fresh(scenario) });
    // Open loop at fixed shares of the maximum the closed loop reached.
    const open: OpenLoopResult[] = [];
    for (const share of OPEN_LOADS) {
      open.push(await runOpenLoop({ baseUrl: base, rate: Math.max(1, result.rps * share), seconds: OPEN_SECONDS, next: fresh(scenario) }));
    }
    const profile = PROFILE_SECONDS > 0 ? await profileRun(scenario) : undefined;
    rows.push({ ...result, name: scenario.name, target: scenario.target, rss: await nextPid(), sqlMs, queries, alone, cpuPerRequest, open, profile });
    console.log(`${scenario.name}: ${result.rps.toFixed(1)} req/s, p95 ${result.p95.toFixed(0)} ms, errors ${result.errors}`, result.statuses);
  }
  // Bulk release: the 1,000 oldest not-yet-released orders, sent as the shipping page sends them
  // (chunks of 100, one after another). Each run releases other orders, so runs can repeat.
  const releaseIds = (await db.query(`SELECT id FROM "Order" WHERE "brandId" = 'bb_1' AND "releaseStatus" = 'NOT_YET_RELEASED' ORDER BY "createdAt" ASC LIMIT 1000`)).rows.map((r) => r.id as string);
  const release = await sendOnce(base, Array.from({ length: Math.ceil(releaseIds.length / 100) }, (_, c) =>
    actionRequest("/admin/shipping", action("lib/shipping/actions.ts#prepareForReleaseAction"), [{ orderIds: releaseIds.slice(c * 100, c * 100 + 100) }], staffCookie, `"ok":true`)));
  const releaseMs = release.ms;
  const releaseErrors = release.status === 200 ? 0 : 1;
  const releasedNow = (await db.query(`SELECT count(*)::int AS c FROM "Order" WHERE id = ANY($1) AND "releaseStatus" <> 'NOT_YET_RELEASED'`, [releaseIds])).rows[0].c;
  console.log(`Bulk release of ${releaseIds.length} orders: ${releaseMs.toFixed(0)} ms, ${releasedNow} released or failed, status ${release.status}`);
  const releaseRss = await nextPid();
  stopServer();
  await db.end();

  const date = new Date().toISOString().slice(0, 10);
  const floorCpu = rows.find((r) => r.name === FLOOR)?.cpuPerRequest ?? 0;
  const ratio = (cpu: number) => (floorCpu > 0 ? (cpu / floorCpu).toFixed(1) : "–");
  const ms = (r: LoadResult) => `${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} / ${r.p99.toFixed(0)}`;
  const lines = [
    `# Benchmark ${date}`,
    "",
    `Machine: ${os.cpus().length} cores, load average ${loadAtStart.map((l) => l.toFixed(2)).join(" ")} at the start and ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} at the end (1, 5, 15 min).`,
    `Data: ${sizes.orders.toLocaleString("en")} orders (${bigOrders.toLocaleString("en")} in the measured brand), ${sizes.lines.toLocaleString("en")} order lines, ${sizes.links.toLocaleString("en")} links, ${sizes.skus.toLocaleString("en")} SKUs, ${sizes.buyers.toLocaleString("en")} buyers.`,
    `Load: ${CONNECTIONS} concurrent clients for ${SECONDS} s per path, production build (scripts/serve.mjs), PostgreSQL 15, this 2-core machine.`,
    "",
    "| path | req/s | p50 ms | p95 ms | p99 ms | errors | p95 target | 1 client: p50 / p95 ms | server CPU ms / request | CPU / framework floor | server RSS MB | SQL queries / request | bare SQL ms | app p50 (1 client) / SQL |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) =>
      `| ${r.name} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.errors + r.alone.errors} | ${r.target || "–"} | ${r.alone.p50.toFixed(0)} / ${r.alone.p95.toFixed(0)} | ${r.cpuPerRequest.toFixed(1)} | ${ratio(r.cpuPerRequest)} | ${r.rss.toFixed(0)} | ${r.queries?.toFixed(1) ?? "–"} | ${r.sqlMs?.toFixed(1) ?? "–"} | ${r.sqlMs ? (r.alone.p50 / r.sqlMs).toFixed(1) : "–"} |`,
    ),
    "",
    `Open loop: requests arrive at a fixed rate (${OPEN_LOADS.map((l) => `${l * 100} %`).join(" and ")} of the path's maximum, the closed loop's req/s above) for ${OPEN_SECONDS} s each; latency counts from each request's due time.`,
    "",
    `| path | max req/s | ${OPEN_LOADS.map((l) => `${l * 100} %: rate req/s | p50 / p95 / p99 ms | errors`).join(" | ")} |`,
    `| --- | ---: | ${OPEN_LOADS.map(() => "---: | ---: | ---:").join(" | ")} |`,
    ...rows.map((r) => `| ${r.name} | ${r.rps.toFixed(1)} | ${r.open.map((o) => `${o.offeredRate.toFixed(1)} | ${ms(o)} | ${o.errors}`).join(" | ")} |`),
    "",
    ...profileTable(rows),
    `Bulk release of ${releaseIds.length.toLocaleString("en")} orders (10 chunks of 100, as the shipping page sends them): ${(releaseMs / 1000).toFixed(2)} s (target 5 s), ${releasedNow.toLocaleString("en")} orders released or marked failed, ${releaseErrors} errors, server RSS ${releaseRss.toFixed(0)} MB.`,
    "",
  ];
  const text = lines.join("\n");
  console.log(`\n${text}`);
  await mkdir("bench/results", { recursive: true });
  // Keep the previous table beside the new one: the same day's earlier run, else the latest earlier file.
  const earlier = (await readdir("bench/results")).filter((f) => f.endsWith(".md")).sort();
  const previousFile = earlier.includes(`${date}.md`) ? `${date}.md` : earlier.filter((f) => f < `${date}.md`).at(-1);
  const previous = previousFile ? (await readFile(`bench/results/${previousFile}`, "utf8")).replace(/^# /gm, "### ").replace(/^## Previous run[\s\S]*$/m, "") : "";
  await writeFile(`bench/results/${date}.md`, previous ? `${text}\n## Previous run (${previousFile})\n\n${previous}` : text);
}

/** The profile table: ms of server CPU per request by area, one row per path (empty without profiles). */
function profileTable(rows: { name: string; profile?: Map<Area, number> }[]): string[] {
  const profiled = rows.filter((r) => r.profile);
  if (profiled.length === 0) return [];
  const areas = AREAS.filter((area) => profiled.some((r) => (r.profile!.get(area) ?? 0) >= 0.05));
  return [
    `CPU profile by area: V8's sampling profiler in the server over a further ${PROFILE_SECONDS} s run of each path with 10 clients, in ms per request (sampled time, so a little above the CPU figures above; a sample belongs to the innermost frame whose source file, through the build's source maps, is recognised: scripts/bench/cpu-profile.ts).`,
    "",
    `| path | ${areas.join(" | ")} | total |`,
    `| --- | ${areas.map(() => "---:").join(" | ")} | ---: |`,
    ...profiled.map((r) => `| ${r.name} | ${areas.map((a) => (r.profile!.get(a) ?? 0).toFixed(1)).join(" | ")} | ${[...r.profile!.values()].reduce((x, y) => x + y, 0).toFixed(1)} |`),
    "",
  ];
}

await main();
process.exit(0);
