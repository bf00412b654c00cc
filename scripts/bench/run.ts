// `npm run bench`: load runs against the production build on the benchmark database
// (`npm run bench:seed` first). Signed-in sessions are real signed cookies for seeded users.
// Prints a table and writes it to bench/results/<date>.md.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { encodeLinkSession } from "../../lib/link-access/session-token";
import { loadDotEnv } from "../load-env";
import { runLoad, type LoadRequest, type LoadResult } from "./load";

loadDotEnv();
const url = process.env.DATABASE_URL;
if (!url) throw new Error("npm run bench needs DATABASE_URL pointing at the benchmark database.");
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SECRET = "bench-secret-not-for-production-0123456789";
const base = `http://127.0.0.1:${PORT}`;
const md5 = (s: string) => createHash("md5").update(s).digest("hex");

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main() {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const sizes = (await db.query(`SELECT (SELECT count(*) FROM "Order")::int AS orders, (SELECT count(*) FROM "OrderLine")::int AS lines,
    (SELECT count(*) FROM "OrderLink")::int AS links, (SELECT count(*) FROM "Sku")::int AS skus, (SELECT count(*) FROM "Buyer")::int AS buyers`)).rows[0];
  const bigOrders = (await db.query(`SELECT count(*)::int AS c FROM "Order" WHERE "brandId" = 'bb_1'`)).rows[0].c;

  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, AUTH_SECRET: SECRET, NODE_ENV: "production", DATABASE_POOL_SIZE: "20", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const serverPid = server.pid!;
  const nextPid = async () => {
    // `npx next start` runs the server in a child process: measure the largest process of the tree.
    const { execSync } = await import("node:child_process");
    const pids = execSync(`pgrep -P ${serverPid} || true`).toString().split(/\s+/).filter(Boolean).map(Number);
    const all = [serverPid, ...pids, ...pids.flatMap((p) => execSync(`pgrep -P ${p} || true`).toString().split(/\s+/).filter(Boolean).map(Number))];
    const rss = await Promise.all(all.map(rssOf));
    return Math.max(...rss);
  };

  const staffCookie = `authjs.session-token=${await encode({ token: { sub: "bu_1_OPS" }, secret: SECRET, salt: "authjs.session-token" })}`;
  const customerLink = { id: "bl_1_2", token: `bench-1-2-${md5("21")}`, catalog: "bk_1_2" };
  const linkSession = encodeLinkSession(
    { linkId: customerLink.id, visitorId: "bench-visitor", passcode: null, login: { method: "USER_ACCOUNT", userId: "bbu_1", buyerId: "by_1" }, orderIds: [] },
    SECRET,
  );
  const buyerCookie = `wl_${customerLink.id}=${linkSession}`;
  const instantToken = `bench-1-3-${md5("31")}`; // link 3: Instant and Open
  const skuCodes = (await db.query(`SELECT code FROM "Sku" WHERE "brandId" = 'bb_1' ORDER BY random() LIMIT 200`)).rows.map((r) => r.code as string);

  type Scenario = { name: string; target: number; next: (i: number) => LoadRequest; sql?: { text: string; values?: unknown[] } };
  const scenarios: Scenario[] = [
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
      sql: { text: `SELECT o.* FROM "Order" o WHERE o."brandId" = 'bb_1' AND o."releaseStatus" = 'NOT_YET_RELEASED' AND EXISTS (SELECT 1 FROM "OrderLine" l JOIN "Sku" s ON s.id = l."skuId" WHERE l."orderId" = o.id AND s.code = $1) ORDER BY o."createdAt" DESC LIMIT 25`, values: [skuCodes[0]] },
    },
  ];

  const rows: (LoadResult & { name: string; target: number; rss: number; sqlMs?: number })[] = [];
  for (const scenario of scenarios) {
    // Warm up, then measure.
    await runLoad({ baseUrl: base, connections: 5, seconds: 3, next: scenario.next });
    const result = await runLoad({ baseUrl: base, connections: CONNECTIONS, seconds: SECONDS, next: scenario.next });
    let sqlMs: number | undefined;
    if (scenario.sql) {
      const t = performance.now();
      for (let i = 0; i < 5; i++) await db.query(scenario.sql.text, scenario.sql.values);
      sqlMs = (performance.now() - t) / 5;
    }
    rows.push({ ...result, name: scenario.name, target: scenario.target, rss: await nextPid(), sqlMs });
    console.log(`${scenario.name}: ${result.rps.toFixed(1)} req/s, p95 ${result.p95.toFixed(0)} ms, errors ${result.errors}`, result.statuses);
  }
  server.kill("SIGTERM");
  await db.end();

  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    `# Benchmark ${date}`,
    "",
    `Data: ${sizes.orders.toLocaleString("en")} orders (${bigOrders.toLocaleString("en")} in the measured brand), ${sizes.lines.toLocaleString("en")} order lines, ${sizes.links.toLocaleString("en")} links, ${sizes.skus.toLocaleString("en")} SKUs, ${sizes.buyers.toLocaleString("en")} buyers.`,
    `Load: ${CONNECTIONS} concurrent clients for ${SECONDS} s per path, production build (next start), PostgreSQL 15, this 2-core machine.`,
    "",
    "| path | req/s | p50 ms | p95 ms | p99 ms | errors | p95 target | server RSS MB | bare SQL ms | app p50 / SQL |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) =>
      `| ${r.name} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.errors} | ${r.target} | ${r.rss.toFixed(0)} | ${r.sqlMs?.toFixed(1) ?? "–"} | ${r.sqlMs ? (r.p50 / r.sqlMs).toFixed(1) : "–"} |`,
    ),
    "",
  ];
  const text = lines.join("\n");
  console.log(`\n${text}`);
  await mkdir("bench/results", { recursive: true });
  await writeFile(`bench/results/${date}.md`, text);
}

await main();
process.exit(0);
