// A Prisma client for command-line scripts (migrate, seed, prepare), on the same target the app
// uses. Writing demo data refuses a non-local server unless explicitly allowed.
import { mkdir } from "node:fs/promises";
import { openAdapter } from "../lib/db/adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../lib/db/generated/client";
import { describeTarget, scriptTarget } from "../lib/db/target";

export type ScriptDb = { prisma: PrismaClient; factory: SqlMigrationAwareDriverAdapterFactory; description: string; close: () => Promise<void> };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export async function openScriptDb(options: { allowRemote?: boolean } = {}): Promise<ScriptDb> {
  const target = scriptTarget();
  if (target.kind === "postgres" && !options.allowRemote && !LOCAL_HOSTS.has(new URL(target.url).hostname)) {
    throw new Error(`Refusing to write demo data to ${describeTarget(target)}; pass --allow-remote to do it anyway.`);
  }
  if (target.kind === "pglite") await mkdir(target.dataDir, { recursive: true });
  const adapter = await openAdapter(target);
  const prisma = new PrismaClient({ adapter: adapter.factory, transactionOptions: { maxWait: 20_000, timeout: 60_000 } });
  return { prisma, factory: adapter.factory, description: describeTarget(target), close: adapter.close };
}

export async function closeScriptDb(db: ScriptDb) {
  await db.prisma.$disconnect();
  await db.close();
}
