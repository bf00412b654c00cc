// Server-side request forgery guard: outside development mode a webhook never reaches loopback,
// private or other internal addresses, whether the URL names the address or a host name that
// resolves to one; and a brand's development mode counts only where the server allows it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { parseMessage } from "@/lib/i18n/message-text";
import { runDueJobs } from "@/lib/jobs/run";
import { sendTestEvent } from "@/lib/webhooks/send";
import { createBrand } from "../../support/fixtures";
import { startWebhookReceiver, type WebhookReceiver } from "../../support/webhook-receiver";
import { createEndpoint, setDevelopmentMode } from "../../support/webhooks";

let receiver: WebhookReceiver;
beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await receiver.close();
});

/** Sends a test event to `url` for a fresh brand and runs the worker once; the delivery after it. */
async function deliverTo(url: string, options: { developmentMode?: boolean } = {}) {
  const f = await createBrand();
  if (options.developmentMode) await setDevelopmentMode(f.brand.id);
  const endpoint = await createEndpoint(f.brand.id, url);
  await sendTestEvent(f.brand.id, f.admin, endpoint.id);
  await runDueJobs();
  return prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
}

describe("outgoing webhooks refuse internal addresses", { timeout: 120_000 }, () => {
  it.each([
    ["a loopback address", (r: WebhookReceiver) => r.url()],
    ["a host name that resolves to loopback", (r: WebhookReceiver) => `http://localhost:${r.port}/hooks`],
    ["an IPv4-mapped IPv6 loopback", (r: WebhookReceiver) => `http://[::ffff:127.0.0.1]:${r.port}/hooks`],
  ])("%s: refused before any request, retried later like any failure", async (_, url) => {
    const delivery = await deliverTo(url(receiver));
    expect(delivery).toMatchObject({ status: "RETRYING", responseStatus: null });
    expect(parseMessage(delivery.lastError!)?.key).toBe("webhooks.deliveryErrors.refusedAddress");
    expect(receiver.requests).toHaveLength(0);
  });

  it.each(["https://10.1.2.3/hooks", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/", "https://[fd00::1]/", "https://[fe80::1]/"])(
    "%s is refused without connecting",
    async (url) => {
      const delivery = await deliverTo(url);
      expect(parseMessage(delivery.lastError!)?.key).toBe("webhooks.deliveryErrors.refusedAddress");
      expect(delivery.durationMs).toBe(0);
    },
  );

  it("in development mode the same loopback receiver gets the event", async () => {
    const delivery = await deliverTo(`http://localhost:${receiver.port}/hooks`, { developmentMode: true });
    expect(delivery).toMatchObject({ status: "DELIVERED", responseStatus: 204 });
    expect(receiver.requests).toHaveLength(1);
  });

  it("a production server ignores a brand's development mode unless WEBHOOKS_DEVELOPMENT_MODE=allow", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("WEBHOOKS_DEVELOPMENT_MODE", "");
    const refused = await deliverTo(receiver.url(), { developmentMode: true });
    expect(parseMessage(refused.lastError!)?.key).toBe("webhooks.deliveryErrors.refusedAddress");
    expect(receiver.requests).toHaveLength(0);

    vi.stubEnv("WEBHOOKS_DEVELOPMENT_MODE", "allow");
    const delivered = await deliverTo(receiver.url(), { developmentMode: true });
    expect(delivered).toMatchObject({ status: "DELIVERED" });
    expect(receiver.requests).toHaveLength(1);
  });
});
