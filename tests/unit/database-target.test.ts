import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseTarget } from "@/lib/db/target";

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
});
