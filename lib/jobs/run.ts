import "server-only";
// One pass of the job worker: claim a batch of due jobs, run them side by side (webhook calls wait
// on the network, not on us), then settle each: DONE, due again after a backoff, or DEAD after its
// kind's last attempt. Settling is guarded by the claim (status RUNNING and the attempt number),
// so a worker whose lease ran out cannot overwrite the result of the worker that took over.
import { getPrisma, type PrismaClient } from "@/lib/db/client";
import { retryDelayMs } from "./backoff";
import { claimJobs, type ClaimedJob } from "./claim";
import { jobLeaseMs } from "./lease";
import { JOB_HANDLERS, type JobHandlers } from "./handlers";
import type { JobAttempt, JobOutcome } from "./job-handler";

export type RunOptions = {
  db?: PrismaClient;
  /** The clock (tests fix it to step through retries). */
  now?: Date;
  limit?: number;
  /** How long a claim holds a job before another worker may take it. */
  leaseMs?: number;
  handlers?: JobHandlers;
  random?: () => number;
};

export type JobReport = { done: number; retrying: number; dead: number; released: number };

const BATCH = 10;
/** An unknown kind (written by a newer app version during a rolling deploy) waits for a worker that knows it. */
const UNKNOWN_KIND_WAIT_MS = 60_000;

export async function runDueJobs(options: RunOptions = {}): Promise<JobReport> {
  const db = options.db ?? getPrisma();
  const now = options.now ?? new Date();
  const handlers = options.handlers ?? JOB_HANDLERS;
  const claimed = await claimJobs(db, { now, leaseEnd: new Date(now.getTime() + (options.leaseMs ?? jobLeaseMs())), limit: options.limit ?? BATCH });
  const report: JobReport = { done: 0, retrying: 0, dead: 0, released: 0 };
  const settled = await Promise.all(claimed.map((job) => runOne(db, job, handlers, now, options.random ?? Math.random)));
  for (const status of settled) report[status] += 1;
  return report;
}

async function runOne(db: PrismaClient, job: ClaimedJob, handlers: JobHandlers, now: Date, random: () => number): Promise<keyof JobReport> {
  const handler = handlers[job.kind];
  if (!handler) {
    await db.job.updateMany({
      where: { id: job.id, status: "RUNNING", attempts: job.attempts },
      data: { status: "PENDING", attempts: job.attempts - 1, runAt: new Date(now.getTime() + UNKNOWN_KIND_WAIT_MS) },
    });
    return "released";
  }
  const parsed = handler.payload.safeParse(job.payload);
  let attempt: JobAttempt;
  if (!parsed.success) attempt = { ok: false, final: true, error: `Invalid payload: ${parsed.error.message}` };
  else if (job.attempts > handler.policy.maxAttempts) attempt = { ok: false, final: true, error: "No attempts left" };
  else {
    try {
      attempt = await handler.run(parsed.data as never, { db, attempt: job.attempts, now });
    } catch (error) {
      attempt = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  const outcome: JobOutcome = attempt.ok
    ? { status: "DONE" }
    : attempt.final || job.attempts >= handler.policy.maxAttempts
      ? { status: "DEAD" }
      : { status: "PENDING", runAt: new Date(now.getTime() + retryDelayMs(job.attempts, handler.policy, random)) };
  await db.$transaction(async (tx) => {
    const updated = await tx.job.updateMany({
      where: { id: job.id, status: "RUNNING", attempts: job.attempts },
      data: {
        status: outcome.status,
        lastError: attempt.ok ? null : (attempt.error ?? null)?.slice(0, 1000),
        ...(outcome.status === "PENDING" ? { runAt: outcome.runAt } : { finishedAt: now }),
      },
    });
    // The lease ran out and another worker took the job over: its result is the one that counts.
    if (updated.count === 0) return;
    await attempt.record?.(tx, outcome);
  });
  return outcome.status === "DONE" ? "done" : outcome.status === "DEAD" ? "dead" : "retrying";
}
