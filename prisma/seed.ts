// `npm run db:seed`: demo data into the configured database (idempotent).
import { loadDotEnv } from "../scripts/load-env";
import { closeScriptDb, openScriptDb } from "../scripts/script-db";
import { seedDemoData } from "./demo-data";

loadDotEnv();
const db = await openScriptDb({ allowRemote: process.argv.includes("--allow-remote") });
try {
  const { seeded } = await seedDemoData(db.prisma);
  console.log(seeded ? `Seeded demo data into ${db.description}.` : `Demo data already present in ${db.description}; nothing to do.`);
} finally {
  await closeScriptDb(db);
}
process.exit(0);
