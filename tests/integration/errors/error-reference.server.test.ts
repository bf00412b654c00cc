// The error references of the production server (`next start` from the existing build, on a
// private PostgreSQL cluster this file starts and stops): a page that fails answers 500 with its
// error page, which shows the reference Next sends with it (the error's digest), and the server's
// log holds the failure under that same reference, so a user can quote it and the team can find
// it. With the database down the reference is there too. (The pages themselves, their frame and
// wording, are checked in a browser by tests/e2e/error-pages.spec.ts: Next renders an error page
// from this payload in the browser.)
// Needs `npm run build` first; run by `npm test` after its build.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, getPrisma, setPrisma, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { createBrand } from "../../support/fixtures";
import { freePort, privatePostgresAvailable, startPrivatePostgres, type PrivatePostgres } from "../../support/private-postgres";
import { createProductWithSkus, createToShipOrders } from "../../support/shipping-orders";

const SECRET = "error-pages-test-secret";
const SESSION_COOKIE = "authjs.session-token";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The reference the error page shows: the digest of the error in the page's payload. */
function referenceOf(html: string): string | undefined {
  return /:E\{\\"digest\\":\\"([^"\\]+)\\"\}/.exec(html)?.[1];
}

describe.skipIf(!privatePostgresAvailable())("error references on the production server", { timeout: 180_000 }, () => {
  const original = getPrisma();
  let database: PrivatePostgres;
  let seeding: PrismaClient;
  let server: ChildProcess;
  let output = "";
  let base: string;
  let cookie: string;
  let linkToken: string;

  async function get(pathname: string) {
    const response = await fetch(`${base}${pathname}`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(15_000) });
    return { status: response.status, html: await response.text() };
  }

  /** The server's log line for a reference (Next writes it once the response is under way). */
  async function logged(reference: string) {
    const deadline = Date.now() + 5_000;
    while (!output.includes(`Error reference ${reference}`) && Date.now() < deadline) await sleep(100);
    return output.split("\n").find((line) => line.includes(`Error reference ${reference}`));
  }

  beforeAll(async () => {
    if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
    database = await startPrivatePostgres();
    const url = await database.createDatabase("wholesale");
    await applyMigrations(new PrismaPg({ connectionString: url }));
    seeding = createClient({ kind: "postgres", url });
    setPrisma(seeding);
    const f = await createBrand();
    // An order the list cannot show: its currency code is corrupt (as a broken import could leave it).
    const product = await createProductWithSkus(seeding, f.brand.id, { stock: [5] });
    const [order] = await createToShipOrders(seeding, f.brand, f.buyer.id, [{ lines: [{ sku: product.skus[0], quantity: 1 }] }]);
    await seeding.order.update({ where: { id: order.id }, data: { currency: "X1" } });
    const catalog = await seeding.catalog.create({ data: { brandId: f.brand.id, name: "Spring", status: "OPEN" } });
    linkToken = `error-pages-${order.id}`;
    await seeding.orderLink.create({ data: { brandId: f.brand.id, type: "INSTANT", token: linkToken, name: "Fair", currency: "JPY", language: "EN", discountRate: 0, catalogs: { create: [{ catalogId: catalog.id, position: 0 }] } } });
    cookie = `${SESSION_COOKIE}=${await encode({ token: { sub: f.owner.id, email: f.owner.email, name: f.owner.name }, secret: SECRET, salt: SESSION_COOKIE })}`;

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Its own process group, so the server and anything it starts are stopped together.
    server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, AUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    server.stdout!.on("data", (chunk) => (output += chunk));
    server.stderr!.on("data", (chunk) => (output += chunk));
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`next start exited: ${output}`);
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`next start did not answer: ${output}`);
      await sleep(250);
    }
  }, 180_000);

  afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      process.kill(-server.pid, "SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    setPrisma(original);
    await seeding?.$disconnect();
    await database?.destroy();
  });

  it("answers a failing admin page with 500 and the reference the server logged the failure under", async () => {
    const { status, html } = await get("/admin/orders");
    expect(status).toBe(500);
    const reference = referenceOf(html);
    expect(reference, html.slice(0, 2000)).toMatch(/^\d+$/);
    expect(await logged(reference!)).toMatch(new RegExp(`Error reference ${reference}: GET /admin/orders \\(/admin/orders, render\\): Invalid currency code`));
    // Nothing of the failure itself reaches the browser.
    expect(html).not.toMatch(/RangeError|Invalid currency|at async|node_modules/);
  });

  it("with the database down, answers admin and link pages with an error page whose reference is logged", async () => {
    await database.stop();
    for (const pathname of ["/admin/links", `/l/${linkToken}`]) {
      const { status, html } = await get(pathname);
      expect(status, pathname).toBeGreaterThanOrEqual(500);
      const reference = referenceOf(html);
      expect(reference, `${pathname}: ${html.slice(0, 2000)}`).toMatch(/^\d+$/);
      expect(await logged(reference!), pathname).toContain(`GET ${pathname} `);
      expect(html).not.toMatch(/ECONNREFUSED|Prisma|postgres|at async/i);
    }
  });
});
