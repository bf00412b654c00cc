// Settings › API keys: Owners and Admins create keys whose secret is returned once and stored only
// as a hash; revoking is guarded (twice, or raced, is one revocation), and a revoked key is refused.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as listOrders } from "@/app/api/v1/orders/route";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/api-keys/actions";
import { listApiKeys } from "@/lib/api-keys/queries";
import { prisma } from "@/lib/db/client";
import { callApi } from "../../support/api-client";
import { createBrand } from "../../support/fixtures";
import { actAs } from "../../support/next-request";

describe("API keys", () => {
  it("an Admin creates a key: the secret is given once, only its hash and a short prefix are kept", async () => {
    const f = await createBrand();
    await actAs(f.admin, { brandId: f.brand.id });
    const created = await createApiKeyAction({ name: "ERP sync", scopes: ["orders:read", "orders:read", "inventory:write"] });
    if (!created.ok) throw new Error(created.message);
    expect(created.data.secret).toMatch(/^wk_live_[A-Za-z0-9_-]{43}$/);
    const row = await prisma.apiKey.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row.secretHash).toBe(createHash("sha256").update(created.data.secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.data.secret.slice(12));
    expect(created.data.secret.startsWith(row.prefix)).toBe(true);
    expect(row.prefix).toHaveLength(12);
    expect(row.scopes).toEqual(["ORDERS_READ", "INVENTORY_WRITE"]);
    const [listed] = await listApiKeys(f.brand.id);
    expect(listed).toMatchObject({ name: "ERP sync", scopes: ["orders:read", "inventory:write"], revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(row.secretHash);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: row.id, action: "api-key.create" } });
    expect(audit.actorUserId).toBe(f.admin.id);

    const answer = await callApi(listOrders, "/orders", { key: created.data.secret });
    expect(answer.status).toBe(200);
  });

  it("asks for a name and at least one known scope", async () => {
    const f = await createBrand();
    await actAs(f.owner, { brandId: f.brand.id });
    const bad = await createApiKeyAction({ name: " ", scopes: [] });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: expect.any(String), scopes: expect.any(String) } });
    const unknown = await createApiKeyAction({ name: "x", scopes: ["orders:delete" as never] });
    expect(unknown).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await prisma.apiKey.count({ where: { brandId: f.brand.id } })).toBe(0);
  });

  it("Staff and Ops cannot manage keys", async () => {
    const f = await createBrand();
    for (const member of [f.staff, f.ops]) {
      await actAs(member, { brandId: f.brand.id });
      expect(await createApiKeyAction({ name: "Mine", scopes: ["orders:read"] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });

  it("revoking twice at once is one revocation; the key is refused from then on", async () => {
    const f = await createBrand();
    await actAs(f.owner, { brandId: f.brand.id });
    const created = await createApiKeyAction({ name: "WMS", scopes: ["orders:read"] });
    if (!created.ok) throw new Error(created.message);
    const results = await Promise.all(Array.from({ length: 5 }, () => revokeApiKeyAction({ id: created.data.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(4).fill("API_KEY_ALREADY_REVOKED"));
    expect(await prisma.auditEvent.count({ where: { entityId: created.data.id, action: "api-key.revoke" } })).toBe(1);
    const refused = await callApi(listOrders, "/orders", { key: created.data.secret });
    expect(refused.status).toBe(401);
  });
});
