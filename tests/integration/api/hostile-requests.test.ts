// Property-based bad input over every endpoint of the integration API, through the real route
// handlers on the real database: bodies shaped like each route's schema with hostile leaves, hostile
// path ids and query strings, malformed JSON, other content types and oversized bodies. Never a
// 500: every answer is a success or `{ error: { code, message, fields? } }` with a 4xx status, and
// a refused write changes nothing.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES } from "@/lib/api/routes";
import { routeFolder } from "@/lib/api/route";
import { prisma } from "@/lib/db/client";
import { callApi, createTestKey, type TestKey } from "../../support/api-client";
import { createBrand } from "../../support/fixtures";
import { hostileString } from "../../support/hostile";
import { arbitraryFor } from "../../support/zod-arbitrary";
import { createOrder } from "../orders/order-fixture";
import { paramsFor, pathFor, servedRoutes, type ServedRoute } from "./route-registry";

const RUNS = 15;
let served: ServedRoute[];
let key: TestKey;
let orderId: string;

beforeAll(async () => {
  served = await servedRoutes();
  const f = await createBrand();
  key = await createTestKey(f);
  orderId = (await createOrder(f, { status: "OC_APPROVED" })).id;
});

type Answer = Awaited<ReturnType<typeof callApi>>;

/** What a client can send of a generated value: JSON (big integers become numbers, functions vanish). */
const asJson = (value: unknown) => JSON.stringify(value ?? null, (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v)) ?? "null";


function expectHandled(answer: Answer, context: unknown) {
  expect(answer.status, asJson(context).slice(0, 300)).toBeLessThan(500);
  if (answer.status >= 400) {
    expect(answer.json?.error?.code, answer.text).toMatch(/^[A-Z_]+$/);
    expect(answer.json.error.message.length).toBeGreaterThan(0);
  }
}

const handlerOf = (route: (typeof API_ROUTES)[number]) => served.find((s) => s.folder === routeFolder(route.path) && s.method === route.method)!.handler as Parameters<typeof callApi>[0];

// The rate limit is not what is tested here: a fresh bucket before each request.
const freshBucket = () => prisma.apiRateLimit.deleteMany({ where: { apiKeyId: key.id } });

describe.each(API_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))("%s under hostile input", (_, route) => {
  const params = () => paramsFor(route, orderId);

  it("hostile bodies, ids, queries and headers never end in a 500", async () => {
    const body = route.body ? arbitraryFor(route.body) : fc.constant(undefined);
    const query = route.query ? fc.dictionary(fc.constantFrom(...Object.keys(route.query.shape), "x"), hostileString, { maxKeys: 4 }) : fc.constant({});
    const id = fc.oneof(fc.constant(orderId), hostileString);
    await fc.assert(
      fc.asyncProperty(body, query, id, hostileString, async (b, q, pathId, idempotencyKey) => {
        await freshBucket();
        const p = Object.fromEntries(Object.keys(params()).map((k) => [k, pathId]));
        const search = new URLSearchParams(q as Record<string, string>).toString();
        // Header values are Latin-1 on the wire: an HTTP client cannot send anything else.
        const header = idempotencyKey.replace(/[^\x20-\x7e\xa0-\xff]/g, "");
        const answer = await callApi(handlerOf(route), `${route.path}?${search}`, {
          key, method: route.method, params: p, ...(route.body ? { rawBody: asJson(b) } : {}), headers: { "idempotency-key": header.slice(0, 300) || "k", "accept-language": header.slice(0, 20) },
        });
        expectHandled(answer, { b, q, pathId });
      }),
      { numRuns: RUNS },
    );
  });

  if (route.body) {
    it("malformed JSON, a non-object body, another content type and an oversized body are refused with 4xx", async () => {
      const call = (options: Parameters<typeof callApi>[2]) => callApi(handlerOf(route), pathFor(route, params()), { key, method: route.method, params: params(), headers: { "idempotency-key": "bad-body", ...options?.headers }, ...options });
      await freshBucket();
      expect((await call({ rawBody: "{ not json" })).json.error.code).toBe("INVALID_JSON");
      expect((await call({ body: [1, 2] })).status).toBe(422);
      expect((await call({ rawBody: "a=1", headers: { "content-type": "application/x-www-form-urlencoded", "idempotency-key": "bad-body" } })).status).toBe(415);
      expect((await call({ rawBody: JSON.stringify({ pad: "x".repeat(1_100_000) }) })).status).toBe(413);
    });
  }
});
