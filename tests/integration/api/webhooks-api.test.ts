// Webhook endpoints through the integration API (scope webhooks:manage): the same rules as
// Settings › Webhooks, the secret in the creation answer only, the audit trail naming the key.
import { describe, expect, it } from "vitest";
import { DELETE as deleteEndpoint } from "@/app/api/v1/webhook-endpoints/[id]/route";
import { POST as testEndpoint } from "@/app/api/v1/webhook-endpoints/[id]/test/route";
import { GET as listEndpoints, POST as createEndpoint } from "@/app/api/v1/webhook-endpoints/route";
import { prisma } from "@/lib/db/client";
import { callApi, createTestKey } from "../../support/api-client";
import { createBrand } from "../../support/fixtures";
import { startWebhookReceiver } from "../../support/webhook-receiver";
import { documentedVerifier, setDevelopmentMode } from "../../support/webhooks";

describe("webhook endpoints API", { timeout: 120_000 }, () => {
  it("adds an endpoint (secret once), lists it without the secret, sends a test event it can verify, deletes it", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const f = await createBrand();
      await setDevelopmentMode(f.brand.id);
      const key = await createTestKey(f, ["webhooks:manage"], "ERP");
      const created = await callApi(createEndpoint, "/webhook-endpoints", { key, body: { url: receiver.url(), events: ["order.placed"] } });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({ url: receiver.url(), events: ["order.placed"], enabled: true, secret: expect.stringMatching(/^whsec_/) });
      const { id, secret } = created.json as { id: string; secret: string };

      const listed = await callApi(listEndpoints, "/webhook-endpoints", { key });
      expect(listed.json).toEqual({ data: [{ id, url: receiver.url(), events: ["order.placed"], enabled: true, createdAt: expect.any(String) }] });
      expect(listed.text).not.toContain(secret);

      expect((await callApi(testEndpoint, `/webhook-endpoints/${id}/test`, { key, method: "POST", params: { id } })).json).toEqual({ endpointId: id });
      const [request] = await receiver.waitFor(1);
      expect((await documentedVerifier())(request.body, request.headers, secret)).toMatchObject({ type: "webhook.test" });

      const audit = await prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
      expect(audit.map((e) => [e.action, e.actorUserId])).toEqual([["webhook.create", null], ["webhook.test", null]]);
      expect(audit[0].actorLabel).toContain("ERP");

      expect((await callApi(deleteEndpoint, `/webhook-endpoints/${id}`, { key, method: "DELETE", params: { id } })).json).toEqual({ id, deleted: true });
      expect((await callApi(deleteEndpoint, `/webhook-endpoints/${id}`, { key, method: "DELETE", params: { id } })).status).toBe(404);
    } finally {
      await receiver.close();
    }
  });

  it("refuses a plain-HTTP URL outside development mode with the form's field message, in the caller's language", async () => {
    const f = await createBrand();
    const key = await createTestKey(f, ["webhooks:manage"]);
    const body = { url: "http://erp.example.com/hooks", events: ["order.placed"] };
    const en = await callApi(createEndpoint, "/webhook-endpoints", { key, body });
    expect(en.status).toBe(422);
    expect(en.json).toMatchObject({ error: { code: "VALIDATION", fields: { url: "Use an https:// URL. Plain http:// is allowed only for localhost, in development mode." } } });
    const ja = await callApi(createEndpoint, "/webhook-endpoints", { key, body, headers: { "accept-language": "ja" } });
    expect(ja.json).toMatchObject({ error: { fields: { url: expect.stringContaining("https://") } } });
    expect(ja.json.error.fields.url).not.toBe(en.json.error.fields.url);
    expect(await prisma.webhookEndpoint.count({ where: { brandId: f.brand.id } })).toBe(0);
  });
});
