// `npm run db:migrate` applies pending migrations to the configured database.
// `npm run db:migration -- <name>` writes a new migration folder from the schema change; the
// diff runs on an in-memory PGlite (never against a real server).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openAdapter, openPgliteFrom } from "../lib/db/adapter";
import { openPglite } from "../lib/db/pglite";
import { applyMigrations, diffMigrationsToSchema, MIGRATIONS_DIR } from "../lib/db/schema-engine";
import { describeTarget, scriptTarget } from "../lib/db/target";
import { loadDotEnv } from "./load-env";

loadDotEnv();

async function apply() {
  const target = scriptTarget();
  if (target.kind === "pglite") await mkdir(target.dataDir, { recursive: true });
  const adapter = await openAdapter(target);
  try {
    const applied = await applyMigrations(adapter.factory);
    console.log(applied.length ? `Applied ${applied.join(", ")} to ${describeTarget(target)}` : `${describeTarget(target)} is up to date`);
  } finally {
    await adapter.close();
  }
}

async function create(name: string | undefined) {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Usage: npm run db:migration -- <name> (lowercase letters, digits, _)");
  const adapter = openPgliteFrom(openPglite());
  const sql = await diffMigrationsToSchema(adapter.factory);
  if (!sql.trim() || sql.trim() === "-- This is an empty migration.") {
    console.log("The migrations already match prisma/schema.prisma; nothing written.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

const [command, arg] = process.argv.slice(2);
try {
  if (command === "apply") await apply();
  else if (command === "create") await create(arg);
  else throw new Error("Usage: migrate.ts apply | create <name>");
  process.exit(0); // the schema engine leaves a timer pending
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
