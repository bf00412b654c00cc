import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseTarget, scriptTarget } from "@/lib/db/target";
import { replicaUrls } from "@/lib/db/replica";

describe("database target", () => {
  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(databaseTarget({ DATABASE_URL: "postgresql://h/db" })).toEqual({ kind: "postgres", url: "postgresql://h/db" });
  });

  it("falls back to embedded PGlite under .data by default", () => {
    expect(databaseTarget({})).toEqual({ kind: "pglite", dataDir: path.join(process.cwd(), ".data", "pglite") });
  });

  it("honours PGLITE_DATA_DIR", () => {
    expect(databaseTarget({ PGLITE_DATA_DIR: "/tmp/x" })).toEqual({ kind: "pglite", dataDir: "/tmp/x" });
  });

  it("scripts (migrations, seed) use DATABASE_DIRECT_URL when set, past a pooler in DATABASE_URL", () => {
    expect(scriptTarget({ DATABASE_URL: "postgresql://pooler:6432/db", DATABASE_DIRECT_URL: "postgresql://server:5432/db" })).toEqual({ kind: "postgres", url: "postgresql://server:5432/db" });
    expect(scriptTarget({ DATABASE_URL: "postgresql://server/db" })).toEqual({ kind: "postgres", url: "postgresql://server/db" });
    expect(scriptTarget({})).toEqual(databaseTarget({}));
  });

  it("reads replicas from DATABASE_REPLICA_URL, one or comma-separated, only beside a PostgreSQL primary", () => {
    expect(replicaUrls({ DATABASE_URL: "postgresql://p/db", DATABASE_REPLICA_URL: "postgresql://r1/db" })).toEqual(["postgresql://r1/db"]);
    expect(replicaUrls({ DATABASE_URL: "postgresql://p/db", DATABASE_REPLICA_URL: " postgresql://r1/db, postgresql://r2/db ," })).toEqual(["postgresql://r1/db", "postgresql://r2/db"]);
    expect(replicaUrls({ DATABASE_URL: "postgresql://p/db" })).toEqual([]);
    // PGlite (no DATABASE_URL) has no replica.
    expect(replicaUrls({ DATABASE_REPLICA_URL: "postgresql://r1/db" })).toEqual([]);
  });
});
