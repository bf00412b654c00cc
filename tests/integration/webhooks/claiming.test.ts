// The job table is safe with many app instances: two workers on two connection pools claiming at
// once deliver every job exactly once, and a job whose worker died is taken over when its lease ends.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { getPrisma, prisma } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { claimJobs } from "@/lib/jobs/claim";
import { runDueJobs, type JobReport } from "@/lib/jobs/run";
import { writeEvents } from "@/lib/webhooks/emit";
import { TEST_EVENT_TYPE } from "@/lib/webhooks/event-types";
import { createBrand } from "../../support/fixtures";
import { startWebhookReceiver, type WebhookReceiver } from "../../support/webhook-receiver";
import { createEndpoint, setDevelopmentMode } from "../../support/webhooks";

const url = process.env.TEST_DATABASE_URL;

let receiver: WebhookReceiver;
beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await receiver.close();
});

async function brandWithEvents(count: number) {
  const f = await createBrand();
  await setDevelopmentMode(f.brand.id);
  const endpoint = await createEndpoint(f.brand.id, receiver.url());
  await prisma.$transaction((tx) => writeEvents(tx, f.brand.id, TEST_EVENT_TYPE, Array.from({ length: count }, (_, i) => ({ n: i })), [endpoint.id]));
  return { f, endpoint };
}

const worked = (r: JobReport) => r.done + r.retrying + r.dead + r.released;

describe.skipIf(!url)("claiming jobs", { timeout: 120_000 }, () => {
  const instanceB = url ? new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) : undefined;
  afterAll(async () => {
    await instanceB?.$disconnect();
  });

  it("two workers claiming at once deliver each job exactly once", async () => {
    const { f } = await brandWithEvents(40);
    const drain = async (db: PrismaClient) => {
      let total = 0;
      for (;;) {
        const done = worked(await runDueJobs({ db, limit: 4 }));
        if (done === 0) return total;
        total += done;
      }
    };
    const [a, b] = await Promise.all([drain(getPrisma()), drain(instanceB!)]);
    expect(a + b).toBe(40);
    const ids = receiver.requests.map((r) => r.headers["webhook-id"]);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(await prisma.webhookDelivery.count({ where: { brandId: f.brand.id, status: "DELIVERED", attempts: 1 } })).toBe(40);
    expect(await prisma.job.count({ where: { brandId: f.brand.id, status: "DONE", attempts: 1 } })).toBe(40);
  });

  it("a job claimed by a worker that died is taken over when the lease ends, its attempt counted", async () => {
    const { f, endpoint } = await brandWithEvents(1);
    const now = new Date();
    // A worker claims the job and dies before settling it.
    const [claimed] = await claimJobs(getPrisma(), { now, leaseEnd: new Date(now.getTime() + 60_000), limit: 10 });
    expect(claimed).toMatchObject({ attempts: 1 });
    expect(worked(await runDueJobs({ now: new Date(now.getTime() + 59_000) }))).toBe(0);
    await runDueJobs({ now: new Date(now.getTime() + 60_000) });
    expect(receiver.requests).toHaveLength(1);
    expect(await prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } })).toMatchObject({ status: "DELIVERED", attempts: 2 });
    expect(await prisma.job.findFirstOrThrow({ where: { brandId: f.brand.id } })).toMatchObject({ status: "DONE", attempts: 2 });
  });
});
