// Playwright's web server: a fresh database (dropped and recreated, or a new PGlite folder),
// migrated and seeded, then the production build served on $PORT (with a Stripe stand-in when
// E2E_STRIPE_STAND_IN=1).
import { spawn, spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import pg from "pg";
import { databaseTarget } from "../lib/db/target";
import { startStripeStandIn } from "../tests/support/stripe-stand-in";

const target = databaseTarget();
if (target.kind === "postgres") {
  const url = new URL(target.url);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
} else {
  await rm(target.dataDir, { recursive: true, force: true });
}

const prepared = spawnSync("npx", ["tsx", "scripts/prepare-db.ts"], { stdio: "inherit" });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

// Card payment runs against a local stand-in for Stripe's API in this process (the keys come from
// playwright.config.ts); tests find it at the payment page the app redirects to.
if (process.env.E2E_STRIPE_STAND_IN === "1") {
  const standIn = await startStripeStandIn({ secretKey: process.env.STRIPE_SECRET_KEY });
  process.env.STRIPE_API_BASE = standIn.url;
  console.log(`Stripe stand-in at ${standIn.url}`);
}

const server = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3210", "-H", "127.0.0.1"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
