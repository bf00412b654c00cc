// Authentication and scopes on every endpoint, generated from the route registry (and the registry
// checked against the route files on disk, so a new endpoint cannot be left out): no key, a
// malformed, unknown or revoked key answer 401; a key without the route's scope 403, before any
// input is read; a key with it gets past both checks.
import { beforeAll, describe, expect, it } from "vitest";
import { routeFolder } from "@/lib/api/route";
import { API_ROUTES } from "@/lib/api/routes";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { prisma } from "@/lib/db/client";
import { callApi, createTestKey, type TestKey } from "../../support/api-client";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { paramsFor, pathFor, servedRoutes, type ServedRoute } from "./route-registry";

let served: ServedRoute[];
let f: BrandFixture;
let revoked: TestKey;

beforeAll(async () => {
  served = await servedRoutes();
  f = await createBrand();
  revoked = await createTestKey(f);
  await revokeApiKey({ brand: f.brand, user: { id: f.owner.id, name: f.owner.name, email: f.owner.email } }, revoked.id);
});

const handlerOf = (route: (typeof API_ROUTES)[number]) => {
  const found = served.find((s) => s.folder === routeFolder(route.path) && s.method === route.method);
  if (!found) throw new Error(`no route file serves ${route.method} ${route.path}`);
  return found.handler as Parameters<typeof callApi>[0];
};

describe("the route registry and the route files", () => {
  it("every route file under app/api/v1 serves a registered route with that route's own definition, and every registered route is served", () => {
    const unregistered = served.filter((s) => s.folder !== "openapi.json" && !API_ROUTES.some((r) => routeFolder(r.path) === s.folder && r.method === s.method));
    expect(unregistered.map((s) => `${s.method} ${s.folder}`)).toEqual([]);
    for (const route of API_ROUTES) expect((handlerOf(route) as unknown as { route: unknown }).route, `${route.method} ${route.path}`).toBe(route);
    expect(new Set(API_ROUTES.map((r) => r.id)).size).toBe(API_ROUTES.length);
  });
});

describe.each(API_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))("%s", (_, route) => {
  const call = (key: TestKey | string | null, headers: Record<string, string> = {}) => {
    const params = paramsFor(route);
    return callApi(handlerOf(route), pathFor(route, params), { key, method: route.method, params, headers, ...(route.body ? { body: route.example?.body ?? {} } : {}) });
  };

  it("answers 401 without a key, with a malformed, an unknown or a revoked key", async () => {
    for (const key of [null, "not-a-key", `wk_live_${"A".repeat(43)}`, revoked]) {
      const answer = await call(key);
      expect(answer.status, String(key)).toBe(401);
      expect(answer.json.error.code).toBe("UNAUTHENTICATED");
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it(`answers 403 to a key without ${route.scope}, and passes a key with it`, async () => {
    const without = await createTestKey(f, API_SCOPES.filter((s) => s !== route.scope));
    const refused = await call(without, { "idempotency-key": "scope-check" });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatchObject({ code: "INSUFFICIENT_SCOPE", message: expect.stringContaining(route.scope) });
    const only = await createTestKey(f, [route.scope]);
    const allowed = await call(only, { "idempotency-key": "scope-check" });
    expect([401, 403]).not.toContain(allowed.status);
    expect(allowed.status).toBeLessThan(500);
  });
});

describe("last use", () => {
  it("records when a key was last used, at most once a minute", async () => {
    const key = await createTestKey(f, ["orders:read"]);
    const route = API_ROUTES.find((r) => r.id === "listOrders")!;
    await callApi(handlerOf(route), "/orders", { key });
    const first = (await prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await callApi(handlerOf(route), "/orders", { key });
    expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(first);
    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    await callApi(handlerOf(route), "/orders", { key });
    expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 5_000);
  });
});
