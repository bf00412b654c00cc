// How long a claim holds a job before another worker may take it over: how long the jobs of an
// instance that died wait. JOBS_LEASE_MS, default 60 s, at least 10 s (an attempt must end within
// its lease, or a second worker would run the job alongside it; a webhook call gives up after 5 s).
export const DEFAULT_JOB_LEASE_MS = 60_000;
export const MIN_JOB_LEASE_MS = 10_000;

export function jobLeaseMs(value: string | undefined = process.env.JOBS_LEASE_MS): number {
  const ms = Number(value);
  if (!value?.trim() || !Number.isFinite(ms)) return DEFAULT_JOB_LEASE_MS;
  return Math.max(MIN_JOB_LEASE_MS, Math.round(ms));
}
