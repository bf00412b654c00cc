import { describe, expect, it } from "vitest";
import { openPglite, pgliteAdapter } from "@/lib/db/pglite";
import { diffMigrationsToSchema } from "@/lib/db/schema-engine";

describe("migrations", () => {
  it("produce exactly the schema in schema.prisma", async () => {
    const pglite = openPglite();
    const sql = await diffMigrationsToSchema(pgliteAdapter(pglite));
    await pglite.close();
    expect(sql.replace("-- This is an empty migration.", "").trim()).toBe("");
  }, 180_000); // replays every migration in WASM: slow on a busy machine
});
