// Runs before the app starts: applies pending migrations and, when the database holds no brand
// yet, seeds the demo data; then prints how to sign in. It closes the database before the server
// opens it (PGlite allows one process at a time).
import { applyMigrations } from "../lib/db/schema-engine";
import { DEMO_ACCOUNTS, DEMO_BUYER_USERS, DEMO_PASSWORD, seedDemoData } from "../prisma/demo-data";
import { loadDotEnv } from "./load-env";
import { closeScriptDb, openScriptDb } from "./script-db";

loadDotEnv();
const db = await openScriptDb({ allowRemote: true });
try {
  const applied = await applyMigrations(db.factory);
  if (applied.length) console.log(`Migrated ${db.description}: ${applied.join(", ")}`);
  const empty = (await db.prisma.brand.count()) === 0;
  if (empty) {
    const started = Date.now();
    await seedDemoData(db.prisma);
    console.log(`Seeded demo data in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  console.log(`\nDatabase: ${db.description}`);
  console.log(`Demo sign-in (password for every account: ${DEMO_PASSWORD})`);
  for (const a of DEMO_ACCOUNTS) console.log(`  brand  ${a.email.padEnd(36)} ${a.brands.map(([slug, role]) => `${role} ${slug}`).join(", ")}`);
  for (const b of DEMO_BUYER_USERS) console.log(`  buyer  ${b.email.padEnd(36)} ${b.buyers.join(", ")}`);
  console.log("");
} finally {
  await closeScriptDb(db);
}
process.exit(0); // the schema engine leaves a timer pending
