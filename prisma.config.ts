import { defineConfig } from "prisma/config";

// Prisma 7 reads no .env by itself; scripts load it explicitly. The URL is only needed by
// commands that talk to a database (the app chooses its adapter in lib/db/client.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
