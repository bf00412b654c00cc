import "server-only";
// The job worker: started once per server process, it sweeps for due jobs every few seconds (and
// keeps going while batches come back full). Any number of instances may run it at once. kickJobs
// runs a pass right after a commit that wrote jobs, so work does not wait for the next sweep.
import { pruneFinishedJobs } from "./prune";
import { runDueJobs } from "./run";

const SWEEP_MS = Number(process.env.JOBS_SWEEP_MS ?? 5_000);
const PRUNE_EVERY_MS = 3_600_000;
const globalForWorker = globalThis as unknown as { __jobWorker?: NodeJS.Timeout };

/** Passes until a batch comes back short (bounded, so one busy instance still yields). */
async function drain() {
  for (let pass = 0; pass < 10; pass++) {
    const report = await runDueJobs();
    if (report.done + report.retrying + report.dead + report.released === 0) return;
  }
}

export function startJobWorker() {
  if (globalForWorker.__jobWorker || process.env.JOBS_WORKER === "off") return;
  let running = false;
  let prunedAt = 0;
  globalForWorker.__jobWorker = setInterval(() => {
    if (running) return;
    running = true;
    const prune = Date.now() - prunedAt > PRUNE_EVERY_MS;
    if (prune) prunedAt = Date.now();
    drain()
      .then(() => (prune ? pruneFinishedJobs() : undefined))
      .catch((error) => console.error("Job sweep failed", error))
      .finally(() => {
        running = false;
      });
  }, SWEEP_MS);
  globalForWorker.__jobWorker.unref?.();
}

/** After a commit that wrote jobs: run them now, without making the user wait or fail. */
export function kickJobs() {
  void runDueJobs().catch((error) => console.error("Job run failed", error));
}
