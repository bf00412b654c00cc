// Prisma 7 and plain Node scripts do not read .env by themselves; Next does. Scripts call this.
import { existsSync } from "node:fs";

export function loadDotEnv() {
  for (const file of [".env.local", ".env"]) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
}
