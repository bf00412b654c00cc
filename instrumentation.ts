// Runs once when a server instance starts (Node runtime only): opens the database before the
// first request, so the first visitor does not wait for the embedded database to load, and
// begins the mail outbox sweep.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkDatabase } = await import("@/lib/db/health");
  const result = await checkDatabase();
  if (!result.ok) console.error(`Database not reachable at start-up: ${result.error}`);
  const { startMailWorker } = await import("@/lib/mail/worker");
  startMailWorker();
}
