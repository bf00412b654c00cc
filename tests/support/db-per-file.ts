// Each integration test file runs on its own fresh database, installed as the app's client.
import { afterAll } from "vitest";
import { setPrisma } from "@/lib/db/client";
import { createTestDatabase } from "./test-db";

const db = await createTestDatabase();
setPrisma(db.prisma);

afterAll(async () => {
  await db.drop();
});
