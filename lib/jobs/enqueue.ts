import "server-only";
// Writes jobs, inside the transaction of the change that causes them: a rolled-back change leaves
// no job, and a committed one always has its job (the worker picks it up after commit).
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { JobKind } from "./handlers";

export type NewJob = { kind: JobKind; brandId?: string | null; payload: Prisma.InputJsonValue; runAt?: Date };

export function enqueueJobs(db: Pick<Tx, "job">, jobs: NewJob[]) {
  if (jobs.length === 0) return Promise.resolve({ count: 0 });
  return db.job.createMany({ data: jobs.map((job) => ({ kind: job.kind, brandId: job.brandId ?? null, payload: job.payload, ...(job.runAt ? { runAt: job.runAt } : {}) })) });
}
