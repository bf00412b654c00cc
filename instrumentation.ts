// Runs once when a server process starts: begins the mail outbox sweep (Node runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailWorker } = await import("@/lib/mail/worker");
  startMailWorker();
}
