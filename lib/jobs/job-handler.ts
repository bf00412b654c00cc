// What a kind of background job is: how its payload is checked, how one attempt runs, and how
// often it is retried. Handlers live with their domain (lib/webhooks/deliver-job.ts) and are listed
// in lib/jobs/handlers.ts.
import type { z } from "zod";
import type { PrismaClient, Tx } from "@/lib/db/client";
import type { RetryPolicy } from "./backoff";

/** Where the job stands after an attempt; written together with the handler's own record. */
export type JobOutcome = { status: "DONE" } | { status: "PENDING"; runAt: Date } | { status: "DEAD" };

export type JobAttempt = {
  ok: boolean;
  /** Why it failed (stored on the job). */
  error?: string;
  /** Retrying cannot help (the thing it works on is gone or switched off): DEAD now. */
  final?: boolean;
  /** Writes the attempt into the handler's own tables, in the transaction that settles the job. */
  record?: (tx: Tx, outcome: JobOutcome) => Promise<unknown>;
};

export type JobContext = {
  /** The worker's database (tests run two workers on two connection pools). */
  db: PrismaClient;
  /** This attempt's number, from 1. */
  attempt: number;
  /** The worker's clock (tests fix it). */
  now: Date;
};

export type JobHandler<P = unknown> = {
  payload: z.ZodType<P>;
  policy: RetryPolicy;
  run(payload: P, ctx: JobContext): Promise<JobAttempt>;
};

/** Any handler, as the runner sees it: it hands run() the payload its own schema parsed. */
export type AnyJobHandler = { payload: z.ZodType; policy: RetryPolicy; run(payload: never, ctx: JobContext): Promise<JobAttempt> };
