// `npm test`: the whole suite. Unit tests; integration tests on the configured database; the
// production build; the tests that start it (`--project server`); end-to-end tests in Chromium.
// With DATABASE_URL (a real PostgreSQL server) everything runs against it, and a smaller set runs
// once more on the embedded PGlite default.
import { spawnSync } from "node:child_process";

const results = [];

function step(name, args, env = {}) {
  console.log(`\n━━ ${name}`);
  const started = Date.now();
  const merged = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete merged[key];
  const result = spawnSync("npx", args, { stdio: "inherit", env: merged });
  const ok = result.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

const onServer = Boolean(process.env.DATABASE_URL);
// Two checkouts may test side by side: each picks its own E2E_PORT (and the next one up).
const e2ePort = Number(process.env.E2E_PORT ?? 3210);
const withoutServer = { DATABASE_URL: undefined };

step("unit", ["vitest", "run", "--project", "unit"]);
step(`integration (${onServer ? "PostgreSQL" : "PGlite"})`, ["vitest", "run", "--project", "integration"]);
if (onServer) {
  // The embedded default's own risks: migrations, seed, sign-in, and the cart and checkout's raw SQL.
  step("integration smoke (PGlite)", ["vitest", "run", "--project", "integration", "tests/integration/db", "tests/integration/auth", "tests/integration/checkout"], withoutServer);
}
if (step("build", ["next", "build"])) {
  // The production server under faults (database restarted under load), on its own PostgreSQL.
  step("production server (reliability)", ["vitest", "run", "--project", "server"]);
  step(`end-to-end (${onServer ? "PostgreSQL" : "PGlite, smoke set"})`, ["playwright", "test"]);
  if (onServer) step("end-to-end smoke (PGlite)", ["playwright", "test"], { ...withoutServer, E2E_PORT: String(e2ePort + 1) });
}

console.log("\n━━ summary");
for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`\nsteps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
