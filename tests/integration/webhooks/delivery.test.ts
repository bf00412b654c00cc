// Delivery against a real receiver (node:http on 127.0.0.1, the brand in development mode): the
// request is signed so that the snippet in docs/webhooks.md verifies it; failures (500, timeout,
// redirect) are retried on the backoff schedule and the delivery is dead after the last attempt;
// a rotated secret signs beside the new one for 24 hours. The worker's clock is fixed per run.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { runDueJobs } from "@/lib/jobs/run";
import { parseMessage } from "@/lib/i18n/message-text";
import { webhookDeliveryHandler } from "@/lib/webhooks/deliver-job";
import { rotateEndpointSecret, setEndpointEnabled, deleteEndpoint } from "@/lib/webhooks/endpoints";
import { resendDelivery, sendTestEvent } from "@/lib/webhooks/send";
import { confirmOcAction } from "@/lib/orders/actions";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { startWebhookReceiver, type WebhookReceiver } from "../../support/webhook-receiver";
import { createEndpoint, documentedVerifier, setDevelopmentMode } from "../../support/webhooks";
import { createOrder } from "../orders/order-fixture";

let receiver: WebhookReceiver;
beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await receiver.close();
});

const noJitter = () => 0;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

async function brandWithEndpoint(options: Parameters<typeof createEndpoint>[2] = {}) {
  const f = await createBrand();
  await setDevelopmentMode(f.brand.id);
  const endpoint = await createEndpoint(f.brand.id, receiver.url(`/${f.brand.id}`), options);
  return { f, endpoint };
}

const deliveriesOf = (endpointId: string) => prisma.webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } });
const testEvent = (f: BrandFixture, endpointId: string) => sendTestEvent(f.brand.id, f.admin, endpointId);

describe("webhook delivery", { timeout: 120_000 }, () => {
  it("POSTs the event signed: the documented snippet verifies it, a wrong secret or a changed body does not; the log says delivered", async () => {
    const { f, endpoint } = await brandWithEndpoint({ events: ["order.oc_confirmed"] });
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await actAs(f.admin);
    expect(await confirmOcAction({ orderId: order.id, notifyBuyer: false, tagIds: [] })).toMatchObject({ ok: true });
    await runDueJobs();
    const [request] = await receiver.waitFor(1);
    const event = await prisma.webhookEvent.findFirstOrThrow({ where: { brandId: f.brand.id } });

    expect(request.path).toBe(`/${f.brand.id}`);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["webhook-id"]).toBe(event.id);
    expect(request.headers["webhook-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const verify = await documentedVerifier();
    const body = verify(request.body, request.headers, endpoint.plainSecret) as { id: string; type: string; createdAt: string; data: { order: { id: string; status: string } } };
    expect(body).toMatchObject({ id: event.id, type: "order.oc_confirmed", createdAt: event.createdAt.toISOString(), data: { order: { id: order.id, status: "OC_CONFIRMED" } } });
    expect(() => verify(request.body, request.headers, "whsec_not-the-secret")).toThrow("signature");
    expect(() => verify(request.body.replace("OC_CONFIRMED", "CANCELLED"), request.headers, endpoint.plainSecret)).toThrow("signature");
    // A replay long after: the timestamp is refused before the signature is even checked.
    expect(() => verify(request.body, request.headers, endpoint.plainSecret, -1)).toThrow("tolerance");

    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 1, responseStatus: 204, lastError: null, nextAttemptAt: null });
    expect(delivery.durationMs).toBeGreaterThanOrEqual(0);
    expect(delivery.deliveredAt).toBeInstanceOf(Date);
    expect(await prisma.job.findFirstOrThrow({ where: { brandId: f.brand.id } })).toMatchObject({ status: "DONE", attempts: 1 });
  });

  it("a 500 is retried after 30 s, then 60 s, with the same Webhook-Id, until a 2xx", async () => {
    const { f, endpoint } = await brandWithEndpoint();
    receiver.answer({ status: 500 }, { status: 503 });
    await testEvent(f, endpoint.id);
    const start = new Date();
    await runDueJobs({ now: start, random: noJitter });
    let [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "RETRYING", attempts: 1, responseStatus: 500, nextAttemptAt: at(start, 30_000) });
    expect(parseMessage(delivery.lastError!)).toEqual({ key: "webhooks.deliveryErrors.status", values: { status: 500 } });

    // Not due yet: nothing is sent.
    await runDueJobs({ now: at(start, 29_000), random: noJitter });
    expect(receiver.requests).toHaveLength(1);

    await runDueJobs({ now: at(start, 30_000), random: noJitter });
    [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "RETRYING", attempts: 2, responseStatus: 503, nextAttemptAt: at(start, 90_000) });

    await runDueJobs({ now: at(start, 90_000), random: noJitter });
    [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 3, responseStatus: 204, nextAttemptAt: null, lastError: null });
    expect(new Set(receiver.requests.map((r) => r.headers["webhook-id"])).size).toBe(1);
    expect(receiver.requests).toHaveLength(3);
  });

  it("a receiver that does not answer in time is a failed attempt, retried", async () => {
    const { f, endpoint } = await brandWithEndpoint();
    const handlers = { "webhook.deliver": webhookDeliveryHandler({ timeoutMs: 300 }) };
    receiver.answer({ status: 200, delayMs: 3_000 });
    await testEvent(f, endpoint.id);
    const start = new Date();
    await runDueJobs({ now: start, handlers, random: noJitter });
    let [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "RETRYING", attempts: 1, responseStatus: null });
    expect(parseMessage(delivery.lastError!)).toEqual({ key: "webhooks.deliveryErrors.timeout", values: { seconds: 0.3 } });
    expect(delivery.durationMs).toBeGreaterThanOrEqual(290);
    expect(delivery.durationMs).toBeLessThan(2_000);

    await runDueJobs({ now: at(start, 30_000), handlers, random: noJitter });
    [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 2 });
  });

  it("after the last attempt the delivery is dead and nothing more is sent", async () => {
    const { f, endpoint } = await brandWithEndpoint();
    const handlers = { "webhook.deliver": webhookDeliveryHandler({ policy: { maxAttempts: 3, baseMs: 1_000, capMs: 60_000 } }) };
    receiver.fallback = { status: 500 };
    await testEvent(f, endpoint.id);
    const start = new Date();
    for (const offset of [0, 1_000, 3_000]) await runDueJobs({ now: at(start, offset), handlers, random: noJitter });
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "DEAD", attempts: 3, responseStatus: 500, nextAttemptAt: null, deliveredAt: null });
    const job = await prisma.job.findFirstOrThrow({ where: { brandId: f.brand.id } });
    expect(job).toMatchObject({ status: "DEAD", attempts: 3 });
    expect(job.finishedAt).toEqual(at(start, 3_000));

    await runDueJobs({ now: at(start, 30 * 86_400_000), handlers });
    expect(receiver.requests).toHaveLength(3);
  });

  it("redirects are not followed: a failed attempt, and the other address gets nothing", async () => {
    const { f, endpoint } = await brandWithEndpoint();
    receiver.answer({ status: 302, headers: { location: receiver.url("/elsewhere") } });
    await testEvent(f, endpoint.id);
    await runDueJobs();
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "RETRYING", responseStatus: 302 });
    expect(parseMessage(delivery.lastError!)?.key).toBe("webhooks.deliveryErrors.redirect");
    expect(receiver.requests.map((r) => r.path)).toEqual([`/${f.brand.id}`]);
  });

  it("after a rotation the old and the new secret both sign for 24 hours, then only the new one", async () => {
    const { f, endpoint } = await brandWithEndpoint();
    const now = new Date();
    const rotated = await rotateEndpointSecret(f.brand.id, f.admin, endpoint.id, now);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(endpoint.plainSecret);
    const verify = await documentedVerifier();

    await testEvent(f, endpoint.id);
    await runDueJobs();
    const [during] = await receiver.waitFor(1);
    expect(during.headers["webhook-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect(verify(during.body, during.headers, rotated.secret)).toMatchObject({ type: "webhook.test" });
    expect(verify(during.body, during.headers, endpoint.plainSecret)).toMatchObject({ type: "webhook.test" });

    await testEvent(f, endpoint.id);
    await runDueJobs({ now: at(now, 24 * 3_600_000 + 1_000) });
    const after = (await receiver.waitFor(2))[1];
    expect(after.headers["webhook-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verify(after.body, after.headers, rotated.secret)).toMatchObject({ type: "webhook.test" });
    expect(() => verify(after.body, after.headers, endpoint.plainSecret)).toThrow("signature");
  });

  it("resend sends the same event again as a new delivery", async () => {
    const { f, endpoint } = await brandWithEndpoint();
    await testEvent(f, endpoint.id);
    await runDueJobs();
    const [first] = await deliveriesOf(endpoint.id);
    await resendDelivery(f.brand.id, f.admin, first.id);
    await runDueJobs();
    const deliveries = await deliveriesOf(endpoint.id);
    expect(deliveries.map((d) => [d.eventId, d.status])).toEqual([
      [first.eventId, "DELIVERED"],
      [first.eventId, "DELIVERED"],
    ]);
    expect(receiver.requests.map((r) => r.headers["webhook-id"])).toEqual([first.eventId, first.eventId]);
  });

  it("a disabled endpoint's waiting delivery ends dead unsent; a deleted endpoint's job finishes with nothing to send", async () => {
    const { f, endpoint } = await brandWithEndpoint();
    await testEvent(f, endpoint.id);
    await setEndpointEnabled(f.brand.id, f.admin, { id: endpoint.id, enabled: false });
    await runDueJobs();
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "DEAD", attempts: 1 });
    expect(parseMessage(delivery.lastError!)?.key).toBe("webhooks.deliveryErrors.disabled");

    await setEndpointEnabled(f.brand.id, f.admin, { id: endpoint.id, enabled: true });
    await testEvent(f, endpoint.id);
    await deleteEndpoint(f.brand.id, f.admin, endpoint.id);
    await runDueJobs();
    expect(receiver.requests).toHaveLength(0);
    expect((await prisma.job.findMany({ where: { brandId: f.brand.id }, orderBy: { createdAt: "asc" } })).map((j) => j.status)).toEqual(["DEAD", "DONE"]);
  });
});
