// Settings › Webhooks through its server actions: Owner and Admin only; the secret is returned once
// and stored sealed; URLs are HTTPS (http://localhost only in development mode); bad input gets
// field errors and writes nothing; two rotations at once make one new secret; test events and
// resends are delivered by the worker the action starts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import {
  createWebhookEndpointAction, deleteWebhookEndpointAction, resendWebhookDeliveryAction, rotateWebhookSecretAction, sendWebhookTestEventAction,
  setWebhookEndpointEnabledAction, updateWebhookEndpointAction, updateWebhookSettingsAction,
} from "@/lib/webhooks/actions";
import { rotateEndpointSecret } from "@/lib/webhooks/endpoints";
import { openSigningSecret } from "@/lib/webhooks/secret";
import { createBrand } from "../../support/fixtures";
import { actAs, revalidatedPaths } from "../../support/next-request";
import { startWebhookReceiver } from "../../support/webhook-receiver";
import { createEndpoint, setDevelopmentMode } from "../../support/webhooks";

afterEach(() => {
  vi.unstubAllEnvs();
});

const endpointCount = (brandId: string) => prisma.webhookEndpoint.count({ where: { brandId } });

describe("Settings › Webhooks", { timeout: 120_000 }, () => {
  it("an Admin adds an endpoint: the secret comes back once and is stored sealed", async () => {
    const f = await createBrand();
    await actAs(f.admin);
    const result = await createWebhookEndpointAction({ url: "https://erp.example.com/hooks", events: ["order.placed", "order.placed", "inventory.low"] });
    expect(result).toMatchObject({ ok: true, data: { secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/) } });
    if (!result.ok) return;
    const stored = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(stored).toMatchObject({ brandId: f.brand.id, url: "https://erp.example.com/hooks", events: ["order.placed", "inventory.low"], enabled: true });
    expect(stored.secret).not.toContain(result.data.secret.slice(6));
    expect(openSigningSecret(stored.secret)).toBe(result.data.secret);
    expect(revalidatedPaths()).toContain("/admin/settings/webhooks");
    expect(await prisma.auditEvent.count({ where: { entityId: stored.id, action: "webhook.create", actorUserId: f.admin.id } })).toBe(1);
  });

  it.each(["staff", "ops"] as const)("%s may not manage webhooks", async (role) => {
    const f = await createBrand();
    const endpoint = await createEndpoint(f.brand.id, "https://erp.example.com/hooks");
    await actAs(f[role]);
    expect(await createWebhookEndpointAction({ url: "https://erp.example.com/x", events: ["order.placed"] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await rotateWebhookSecretAction({ id: endpoint.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateWebhookSettingsAction({ lowStockThreshold: "3", developmentMode: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await endpointCount(f.brand.id)).toBe(1);
  });

  it.each([
    [{ url: "", events: ["order.placed"] }, "url", "Enter the endpoint URL."],
    [{ url: "erp.example.com/hooks", events: ["order.placed"] }, "url", "Enter a full URL starting with https://."],
    [{ url: "ftp://erp.example.com/hooks", events: ["order.placed"] }, "url", "Enter a full URL starting with https://."],
    [{ url: "http://erp.example.com/hooks", events: ["order.placed"] }, "url", "Use an https:// URL. Plain http:// is allowed only for localhost, in development mode."],
    [{ url: "http://localhost:4000/hooks", events: ["order.placed"] }, "url", "Use an https:// URL. Plain http:// is allowed only for localhost, in development mode."],
    [{ url: "https://user:pw@erp.example.com/hooks", events: ["order.placed"] }, "url", "Leave the user name and password out of the URL."],
    [{ url: "https://erp.example.com/hooks", events: [] }, "events", "Choose at least one event."],
    [{ url: "https://erp.example.com/hooks", events: ["order.shipped"] }, "events.0", "Choose events from the list."],
  ])("refuses %j with a field error and writes nothing", async (input, field, message) => {
    const f = await createBrand();
    await actAs(f.owner);
    const result = await createWebhookEndpointAction(input as never);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { [field]: message } });
    expect(await endpointCount(f.brand.id)).toBe(0);
  });

  it("http://localhost is accepted in development mode", async () => {
    const f = await createBrand();
    await actAs(f.owner);
    expect(await updateWebhookSettingsAction({ lowStockThreshold: "3", developmentMode: true })).toMatchObject({ ok: true });
    expect(await createWebhookEndpointAction({ url: "http://localhost:4000/hooks", events: ["order.placed"] })).toMatchObject({ ok: true });
    expect(await prisma.brand.findUniqueOrThrow({ where: { id: f.brand.id } })).toMatchObject({ lowStockThreshold: 3, webhookDevelopmentMode: true });
  });

  it("settings: the threshold is a whole number from 1; development mode is refused where the server does not allow it", async () => {
    const f = await createBrand();
    await actAs(f.admin);
    for (const bad of ["0", "abc", "1.5", "-3", "1000001"]) {
      expect(await updateWebhookSettingsAction({ lowStockThreshold: bad, developmentMode: false })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { lowStockThreshold: expect.any(String) } });
    }
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("WEBHOOKS_DEVELOPMENT_MODE", "");
    expect(await updateWebhookSettingsAction({ lowStockThreshold: "8", developmentMode: true })).toMatchObject({
      ok: false, code: "VALIDATION", fieldErrors: { developmentMode: "This server does not allow development mode." },
    });
    expect(await prisma.brand.findUniqueOrThrow({ where: { id: f.brand.id } })).toMatchObject({ lowStockThreshold: 5, webhookDevelopmentMode: false });
  });

  it("edits the URL and events, disables and enables (twice in a row changes nothing the second time), deletes with its log", async () => {
    const f = await createBrand();
    const endpoint = await createEndpoint(f.brand.id, "https://erp.example.com/hooks");
    await actAs(f.admin);
    expect(await updateWebhookEndpointAction({ id: endpoint.id, url: "https://erp.example.com/v2", events: ["order.rejected"] })).toMatchObject({ ok: true });
    expect(await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ url: "https://erp.example.com/v2", events: ["order.rejected"] });
    expect(await setWebhookEndpointEnabledAction({ id: endpoint.id, enabled: false })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await setWebhookEndpointEnabledAction({ id: endpoint.id, enabled: false })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await sendWebhookTestEventAction({ id: endpoint.id })).toMatchObject({ ok: false, code: "WEBHOOK_ENDPOINT_DISABLED" });
    expect(await setWebhookEndpointEnabledAction({ id: endpoint.id, enabled: true })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await prisma.auditEvent.findMany({ where: { entityId: endpoint.id }, orderBy: { createdAt: "asc" }, select: { action: true } })).toEqual(
      ["webhook.update", "webhook.disable", "webhook.enable"].map((action) => ({ action })),
    );
    expect(await deleteWebhookEndpointAction({ id: endpoint.id })).toMatchObject({ ok: true });
    expect(await endpointCount(f.brand.id)).toBe(0);
    expect(await deleteWebhookEndpointAction({ id: endpoint.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("two rotations at once never lose a secret they handed out: each one shown still signs, or the second is told it changed", async () => {
    const f = await createBrand();
    const endpoint = await createEndpoint(f.brand.id, "https://erp.example.com/hooks");
    await actAs(f.admin);
    const results = await Promise.all([rotateWebhookSecretAction({ id: endpoint.id }), rotateWebhookSecretAction({ id: endpoint.id })]);
    const stored = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    const signing = [openSigningSecret(stored.secret), openSigningSecret(stored.previousSecret!)];
    // Both may win one after the other (the second then replaces the first's secret, which stays as
    // the previous one); when both read the same secret, the guard lets only one write.
    expect(results.some((r) => r.ok)).toBe(true);
    for (const r of results) {
      if (r.ok) expect(signing).toContain(r.data.secret);
      else expect(r.code).toBe("WEBHOOK_SECRET_ALREADY_ROTATED");
    }
    if (results.every((r) => r.ok)) expect(signing).not.toContain(endpoint.plainSecret);
    else expect(signing[1]).toBe(endpoint.plainSecret);
    expect(stored.rotationOverlapUntil!.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
  });

  it("two rotations that read the same secret: exactly one writes, the other is told it already changed", async () => {
    const f = await createBrand();
    const endpoint = await createEndpoint(f.brand.id, "https://erp.example.com/hooks");
    let racing: Promise<PromiseSettledResult<{ secret: string }>[]> | undefined;
    // Hold the row while both read it, so both writes wait and the second finds it changed.
    await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "WebhookEndpoint" WHERE "id" = ${endpoint.id} FOR UPDATE`;
      racing = Promise.allSettled([rotateEndpointSecret(f.brand.id, f.admin, endpoint.id), rotateEndpointSecret(f.brand.id, f.admin, endpoint.id)]);
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    const results = await racing!;
    const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { code: string }] : []));
    expect(won).toHaveLength(1);
    expect(lost.map((e) => e.code)).toEqual(["WEBHOOK_SECRET_ALREADY_ROTATED"]);
    const stored = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(openSigningSecret(stored.secret)).toBe(won[0].secret);
    expect(openSigningSecret(stored.previousSecret!)).toBe(endpoint.plainSecret);
  });

  it("Send test event and Resend are delivered right away by the worker the action starts", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const f = await createBrand();
      await setDevelopmentMode(f.brand.id);
      const endpoint = await createEndpoint(f.brand.id, receiver.url(), { events: ["order.placed"] });
      await actAs(f.admin);
      expect(await sendWebhookTestEventAction({ id: endpoint.id })).toMatchObject({ ok: true });
      const [test] = await receiver.waitFor(1);
      expect(JSON.parse(test.body)).toMatchObject({ type: "webhook.test", data: { endpoint: { id: endpoint.id, url: receiver.url() } } });
      const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
      expect(await resendWebhookDeliveryAction({ deliveryId: delivery.id })).toMatchObject({ ok: true });
      const [, again] = await receiver.waitFor(2);
      expect(again.headers["webhook-id"]).toBe(test.headers["webhook-id"]);
    } finally {
      await receiver.close();
    }
  });
});
