import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "@/lib/db/schema-engine";

describe("migrations", () => {
  it("produce exactly the schema in schema.prisma", async () => {
    const pglite = new PGlite();
    const sql = await diffMigrationsToSchema(new PrismaPGlite(pglite));
    await pglite.close();
    expect(sql.replace("-- This is an empty migration.", "").trim()).toBe("");
  }, 180_000); // replays every migration in WASM: slow on a busy machine
});
