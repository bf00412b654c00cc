import "server-only";
// Finished jobs are only history (the delivery log keeps what staff read): drop them after a week.
import { prisma } from "@/lib/db/client";

const KEEP_MS = 7 * 24 * 3_600_000;

export function pruneFinishedJobs(now = new Date()) {
  return prisma.job.deleteMany({ where: { status: { in: ["DONE", "DEAD"] }, finishedAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
}
