// The database restarts under the production server (the existing build, served as `npm run serve`
// serves it: tests/support/production-server.ts) on a private PostgreSQL cluster this file starts
// and stops, with requests coming in all along:
// while the database is down every request is answered quickly with a clean 5xx (503 from
// /api/health; the error page, leaking nothing, for a buyer's link page); the server process
// stays up; once the database is back the same process serves again, without a restart.
// Needs `npm run build` first; run by `npm run test:reliability` and by `npm test` after its build.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, getPrisma, setPrisma, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { createLink, createLinkWorld } from "../link-access/link-fixtures";
import { privatePostgresAvailable, startPrivatePostgres, type PrivatePostgres } from "../../support/private-postgres";
import { startProductionServer, type ProductionServer } from "../../support/production-server";

/** No request may take longer than this, up or down. */
const REQUEST_BOUND_MS = 8_000;
const RECOVERY_BOUND_MS = 20_000;

type Hit = { phase: "up" | "down" | "back"; path: string; status: number | "hang" | "refused"; startedAt: number; ms: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!privatePostgresAvailable())("the database restarted under the production server", { timeout: 180_000 }, () => {
  const original = getPrisma();
  let database: PrivatePostgres;
  let seeding: PrismaClient;
  let app: ProductionServer;
  let linkPath: string;

  async function get(pathname: string, headers: Record<string, string> = {}) {
    return fetch(`${app.base}${pathname}`, { headers, redirect: "manual", signal: AbortSignal.timeout(REQUEST_BOUND_MS) });
  }

  beforeAll(async () => {
    database = await startPrivatePostgres();
    const url = await database.createDatabase("wholesale");
    await applyMigrations(new PrismaPg({ connectionString: url }));
    seeding = createClient({ kind: "postgres", url });
    setPrisma(seeding);
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT" });
    // A catalog page of the link: the link, the catalog, its products and prices.
    linkPath = `/l/${link.token}/catalogs/${world.catalog.id}`;
    app = await startProductionServer({ databaseUrl: url });
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    setPrisma(original);
    await seeding?.$disconnect();
    await database?.destroy();
  });

  it("answers with clean errors while the database is down and serves again once it is back", async () => {
    const server = app.process;
    const pid = server.pid;
    let phase: Hit["phase"] = "up";
    let running = true;
    const hits: Hit[] = [];
    async function hit(pathname: string) {
      const at = phase;
      const startedAt = Date.now();
      let status: Hit["status"];
      try {
        const response = await get(pathname);
        await response.arrayBuffer();
        status = response.status;
      } catch (error) {
        status = error instanceof Error && error.name === "TimeoutError" ? "hang" : "refused";
      }
      hits.push({ phase: at, path: pathname, status, startedAt, ms: Date.now() - startedAt });
    }
    // Load: four clients, two on the health check, two on a buyer's link page (catalog queries).
    const load = Array.from({ length: 4 }, (_, i) =>
      (async () => {
        while (running) {
          await hit(i % 2 ? "/api/health" : linkPath);
          await sleep(100);
        }
      })(),
    );

    await sleep(2_000);
    const stopping = Date.now();
    phase = "down";
    await database.stop();
    await sleep(1_000);
    // What a visitor gets meanwhile: a quick, clean answer that reveals nothing of the failure.
    const healthDown = await get("/api/health");
    expect(healthDown.status).toBe(503);
    expect(await healthDown.json()).toMatchObject({ status: "unavailable", database: { ok: false } });
    const pageDown = await get(linkPath);
    expect(pageDown.status).toBeGreaterThanOrEqual(500);
    expect(await pageDown.text()).not.toMatch(/ECONNREFUSED|Prisma|PrismaClient|postgres|at async/i);
    await sleep(1_000);

    phase = "back";
    await database.start();
    const deadline = Date.now() + RECOVERY_BOUND_MS;
    while ((await get("/api/health").then((r) => r.status, () => 0)) !== 200) {
      expect(Date.now(), app.output()).toBeLessThan(deadline);
      await sleep(250);
    }
    const recovered = Date.now();
    await sleep(2_000);
    running = false;
    await Promise.all(load);

    // The same server process, still running.
    expect(server.exitCode).toBeNull();
    expect(server.pid).toBe(pid);
    const page = await get(linkPath);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Linen Shirt");

    const show = (list: Hit[]) => list.map((h) => `${h.phase} ${h.path} ${h.status} ${h.ms}ms`);
    expect(show(hits.filter((h) => h.startedAt + h.ms < stopping && h.status !== 200))).toEqual([]);
    expect(hits.filter((h) => h.phase === "down" && h.status !== 200).length).toBeGreaterThan(2);
    // Never a hang or a dropped connection; failures are 5xx answers.
    expect(show(hits.filter((h) => typeof h.status !== "number" || (h.status !== 200 && h.status < 500)))).toEqual([]);
    const after = hits.filter((h) => h.startedAt >= recovered);
    expect(after.length).toBeGreaterThan(4);
    expect(show(after.filter((h) => h.status !== 200))).toEqual([]);
  });

  it("behind an HTTPS proxy, sets its auth cookies Secure", async () => {
    const response = await get("/api/auth/csrf", { "x-forwarded-proto": "https", "x-forwarded-host": "shop.example" });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    const csrf = cookies.find((c) => c.startsWith("__Host-authjs.csrf-token="));
    expect(csrf, cookies.join("\n")).toBeDefined();
    expect(csrf).toMatch(/; Secure/);
    expect(csrf).toMatch(/; HttpOnly/);
  });
});
