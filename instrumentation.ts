// Runs once when a server instance starts: opens the database before the first request, so the
// first visitor (or health check) does not wait for the embedded database to load.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkDatabase } = await import("@/lib/db/health");
  const result = await checkDatabase();
  if (!result.ok) console.error(`Database not reachable at start-up: ${result.error}`);
}
