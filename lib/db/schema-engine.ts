// Migrations without Prisma's native engine: Prisma's official WASM schema engine, driven over a
// driver adapter. `applyMigrations` records in `_prisma_migrations` exactly like
// `prisma migrate deploy`, so either tool can take over a database.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

const NO_FILTER = { externalTables: [], externalEnums: [] };

type SchemaEngine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

let wasmReady: Promise<{ SchemaEngine: { new: (...args: unknown[]) => Promise<SchemaEngine> } }> | undefined;

function loadWasm() {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings = await import(/* webpackIgnore: true */ jsPath);
    const bytes = await readFile(jsPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings;
  })();
  return wasmReady;
}

type ScriptClient = { query?: (sql: string) => Promise<unknown>; exec?: (sql: string) => Promise<unknown> };

/**
 * Runs each migration script whole, as one multi-statement query. The driver adapters' own
 * executeScript cuts the script at every ";" (adapter-pg), which breaks the PL/pgSQL function bodies
 * of the report rollups, or does not wait for it (the PGlite adapter), which hides a failing script.
 */
async function withWholeScripts<T extends object>(adapter: T): Promise<T> {
  const client = (adapter as { client?: ScriptClient }).client;
  const run = client?.exec?.bind(client) ?? client?.query?.bind(client);
  if (!run) return adapter;
  return new Proxy(adapter, {
    get(target, key, receiver) {
      if (key === "executeScript") return async (script: string) => void (await run(script));
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type Disposable = { dispose(): Promise<void> };

/**
 * The engine does not close what it connects, and Prisma's migration lock is a session advisory
 * lock: a connection left idle in its pool would hold it until the pool's idle timeout, keeping
 * another instance's start waiting. `opened` collects the connections for `closeAll`.
 */
function wholeScriptFactory(factory: SqlMigrationAwareDriverAdapterFactory, opened: Disposable[]): SqlMigrationAwareDriverAdapterFactory {
  const track = async <T extends Disposable>(adapter: T) => {
    opened.push(adapter);
    return withWholeScripts(adapter);
  };
  return new Proxy(factory, {
    get(target, key, receiver) {
      if (key === "connect") return async () => track(await target.connect());
      if (key === "connectToShadowDb") return async () => track(await target.connectToShadowDb());
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Runs `work` on a schema engine over `adapterFactory`, then frees it and closes its connections. */
async function withSchemaEngine<T>(adapterFactory: SqlMigrationAwareDriverAdapterFactory, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const opened: Disposable[] = [];
  const { SchemaEngine } = await loadWasm();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const log = () => {};
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(wholeScriptFactory(adapterFactory, opened)),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}

export async function readMigrationList() {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (ok) => ({ tag: "ok", value: ok }),
        (err: Error) => ({ tag: "error", value: err.message }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies every pending migration; returns the names applied. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withSchemaEngine(adapterFactory, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: await readMigrationList(), filters: NO_FILTER });
    return result.appliedMigrationNames;
  });
}

/** SQL that takes the migrations' end state to the schema file (empty when they agree). */
export async function diffMigrationsToSchema(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  return withSchemaEngine(adapterFactory, async (engine) => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrationList()) },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  });
}
