// `npm run reports:rebuild [-- --brand <id>]`: rebuilds the report rollups of every brand (or one)
// from the raw order rows and says where they had drifted. Safe while the app runs (see
// lib/reports/rollups.ts); meant for a nightly run.
import { loadDotEnv } from "./load-env";
import { closeScriptDb, openScriptDb } from "./script-db";
import { rebuildBrandRollups, rollupDrift } from "../lib/reports/rollups";

loadDotEnv();
const db = await openScriptDb({ allowRemote: true });
try {
  const only = process.argv.indexOf("--brand");
  const brands = only >= 0
    ? await db.prisma.brand.findMany({ where: { id: process.argv[only + 1] }, select: { id: true, name: true } })
    : await db.prisma.brand.findMany({ select: { id: true, name: true }, orderBy: { createdAt: "asc" } });
  let drifted = 0;
  for (const brand of brands) {
    const drift = await rollupDrift(db.prisma, brand.id);
    const rows = Object.values(drift).reduce((a, b) => a + b, 0);
    const started = Date.now();
    await rebuildBrandRollups(db.prisma, brand.id);
    if (rows > 0) drifted++;
    console.log(`${brand.name}: ${rows === 0 ? "in step" : `${rows} rollup rows repaired`} (${Date.now() - started} ms)`);
  }
  console.log(`Rebuilt the report rollups of ${brands.length} brand(s) in ${db.description}; ${drifted} had drifted.`);
} finally {
  await closeScriptDb(db);
}
process.exit(0);
