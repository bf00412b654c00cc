// Each integration test file runs on its own fresh database, installed as the app's client.
import { afterAll } from "vitest";
import { setPrisma } from "@/lib/db/client";
import { createTestDatabase } from "./test-db";

const db = await createTestDatabase();
setPrisma(db.prisma);
// Tests that need a second connection pool (a second "app instance") connect here.
if (db.url) process.env.TEST_DATABASE_URL = db.url;

afterAll(async () => {
  await db.drop();
});
