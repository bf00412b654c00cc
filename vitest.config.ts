import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Outside Next's react-server build, "server-only" would throw on import.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

const SERVER_TESTS = "tests/integration/**/*.server.test.ts";
// Scale-out tests (a replica pair and PgBouncer, two instances behind nginx): a minute or more
// each, so they run in `npm run test:reliability` (which CI also runs), not in `npm test`.
const SCALE_OUT_TESTS = "tests/integration/scale-out/**";

const integration = {
  environment: "node" as const,
  globalSetup: ["tests/support/db-global-setup.ts"],
  setupFiles: ["tests/support/db-per-file.ts", "tests/support/next-request.ts"],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // Two cores: two files at a time, each on its own database.
  maxWorkers: 2,
  // next-auth imports "next/server" without an extension; let Vite resolve it.
  server: { deps: { inline: ["next-auth"] } },
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      { resolve: { alias }, test: { ...integration, name: "integration", include: ["tests/integration/**/*.test.ts"], exclude: [SERVER_TESTS, SCALE_OUT_TESTS] } },
      // Tests that start the production build (scripts/serve.mjs): run after `next build`.
      { resolve: { alias }, test: { ...integration, name: "server", include: [SERVER_TESTS], exclude: [SCALE_OUT_TESTS] } },
      // The load-balancer test starts the production build too: run after `next build`.
      { resolve: { alias }, test: { ...integration, name: "scale-out", include: [`${SCALE_OUT_TESTS}/*.test.ts`], maxWorkers: 1 } },
    ],
  },
});
