import { describe, expect, it } from "vitest";
import { jobLeaseMs } from "@/lib/jobs/lease";

describe("the job lease (JOBS_LEASE_MS)", () => {
  it("is 60 s unless set, and never shorter than 10 s (a webhook attempt may take 5 s)", () => {
    expect(jobLeaseMs(undefined)).toBe(60_000);
    expect(jobLeaseMs("")).toBe(60_000);
    expect(jobLeaseMs("soon")).toBe(60_000);
    expect(jobLeaseMs("15000")).toBe(15_000);
    expect(jobLeaseMs("2000")).toBe(10_000);
    expect(jobLeaseMs("-5")).toBe(10_000);
  });
});
