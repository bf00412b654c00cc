// The database the end-to-end server runs on: a per-port database on the test PostgreSQL server
// (so tests can create their own rows in it), or a per-port PGlite folder.
import path from "node:path";

export function e2eDatabase(port: number): { url?: string; env: Record<string, string> } {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/wholesale_e2e_${port}`;
    return { url: url.toString(), env: { DATABASE_URL: url.toString() } };
  }
  return { env: { PGLITE_DATA_DIR: path.join(process.cwd(), ".data", `e2e-pglite-${port}`) } };
}
