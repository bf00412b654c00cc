import "server-only";
// Claiming due jobs, safe with any number of workers in any number of app instances: one UPDATE
// takes the rows it selected with FOR UPDATE SKIP LOCKED (so two workers never take the same row)
// and marks them RUNNING with a lease. A worker that dies mid-job leaves its rows RUNNING; when the
// lease runs out they are due again and another worker takes them (the attempt counts).
import type { PrismaClient } from "@/lib/db/client";

export type ClaimedJob = { id: string; kind: string; brandId: string | null; payload: unknown; attempts: number };

export function claimJobs(db: PrismaClient, options: { now: Date; leaseEnd: Date; limit: number }): Promise<ClaimedJob[]> {
  return db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" AS j SET "status" = 'RUNNING', "attempts" = j."attempts" + 1, "runAt" = ${options.leaseEnd}
    WHERE j."id" IN (
      SELECT "id" FROM "Job"
      WHERE "status" IN ('PENDING', 'RUNNING') AND "runAt" <= ${options.now}
      ORDER BY "runAt"
      LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING j."id", j."kind", j."brandId", j."payload", j."attempts"`;
}
