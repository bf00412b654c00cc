// Runs once when a server instance starts (Node runtime only): opens the database before the
// first request, so the first visitor does not wait for the embedded database to load, and
// begins the mail outbox sweep and the background job worker (webhooks). Also logs every server failure under the reference its error
// page shows.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkDatabase } = await import("@/lib/db/health");
  const result = await checkDatabase();
  if (!result.ok) console.error(`Database not reachable at start-up: ${result.error}`);
  const { startMailWorker } = await import("@/lib/mail/worker");
  startMailWorker();
  const { startJobWorker } = await import("@/lib/jobs/worker");
  startJobWorker();
}

/**
 * A page failed on the server: the error page shows Next's digest as the reference to quote, so
 * log the failure under the same reference (Next logs the error itself just before). Not-found
 * and redirects travel as errors too; their digests start with NEXT_ and are no failures.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : "";
  if (!digest || digest.startsWith("NEXT_")) return;
  const message = error instanceof Error ? error.message : String(error);
  // The path without its query string: searches may hold buyers' names and e-mails.
  console.error(`Error reference ${digest}: ${request.method} ${request.path.split("?")[0]} (${context.routePath}, ${context.routeType}): ${message}`);
};
