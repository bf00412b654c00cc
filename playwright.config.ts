import { defineConfig, devices } from "@playwright/test";
import { e2eDatabase } from "./tests/e2e/support/e2e-database";
import { STAND_IN_SECRET_KEY, STAND_IN_WEBHOOK_SECRET } from "./tests/support/stripe-stand-in";

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against the production
// build on a fresh database: the test PostgreSQL server when DATABASE_URL is set, else PGlite.
const port = Number(process.env.E2E_PORT ?? 3210);
const database = e2eDatabase(port);
process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
if (database.url) process.env.E2E_DATABASE_URL = database.url;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Without PostgreSQL the tests cannot create their own rows, so only the smoke set runs.
  grep: database.url ? undefined : /@smoke/,
  use: {
    baseURL: process.env.E2E_BASE_URL,
    // The demo brand Aoyama Atelier works in Japanese: tests read the English UI unless they choose
    // Japanese themselves (the language switcher keeps a visitor's choice in this cookie).
    storageState: { cookies: [{ name: "NEXT_LOCALE", value: "en", domain: "127.0.0.1", path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }], origins: [] },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // Stripe's API is a local stand-in started by the server script (STRIPE_API_BASE), with these keys.
    // Webhook tests receive on 127.0.0.1, which only a brand in development mode may reach.
    env: {
      PORT: String(port), ...database.env, NEXT_TELEMETRY_DISABLED: "1", E2E_STRIPE_STAND_IN: "1", STRIPE_SECRET_KEY: STAND_IN_SECRET_KEY, STRIPE_WEBHOOK_SECRET: STAND_IN_WEBHOOK_SECRET,
      WEBHOOKS_DEVELOPMENT_MODE: "allow",
    },
  },
});
