import "server-only";
// The periodic sweep that delivers mail a kick missed (a crash after commit, SMTP down for a
// while, or mail written by another instance). Started once per server process.
import { deliverPendingEmails } from "./deliver";

const SWEEP_MS = Number(process.env.MAIL_SWEEP_MS ?? 30_000);
const globalForWorker = globalThis as unknown as { __mailWorker?: NodeJS.Timeout };

export function startMailWorker() {
  if (globalForWorker.__mailWorker || !process.env.SMTP_URL) return;
  let running = false;
  globalForWorker.__mailWorker = setInterval(() => {
    if (running) return;
    running = true;
    deliverPendingEmails()
      .catch((error) => console.error("Mail sweep failed", error))
      .finally(() => {
        running = false;
      });
  }, SWEEP_MS);
  globalForWorker.__mailWorker.unref?.();
}
