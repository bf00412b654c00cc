// The OpenAPI 3.1 document served at /api/v1/openapi.json is valid (swagger-parser validates it
// against the OpenAPI schema and resolves every $ref) and lists exactly the routes the app serves,
// each with its scope, its parameters and the answers it may give.
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { routeFolder } from "@/lib/api/route";
import { API_ROUTES } from "@/lib/api/routes";
import { servedRoutes } from "./route-registry";

type Operation = { operationId: string; "x-scope": string; summary: string; parameters?: { in: string; name: string }[]; requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> }; responses: Record<string, unknown> };

async function fetchDocument() {
  const response = await openapi();
  expect(response.status).toBe(200);
  return response.json() as Promise<{ openapi: string; paths: Record<string, Record<string, Operation>> }>;
}

describe("OpenAPI document", () => {
  it("validates as OpenAPI 3.1", async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it("lists every route file's methods under app/api/v1, and nothing else", async () => {
    const document = await fetchDocument();
    const documented = Object.entries(document.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${routeFolder(p)}`));
    const served = (await servedRoutes()).filter((s) => s.folder !== "openapi.json").map((s) => `${s.method} ${s.folder}`);
    expect(documented.sort()).toEqual(served.sort());
  });

  it("gives each operation its scope, its path parameters, the Idempotency-Key where needed, and its error answers", async () => {
    const document = await fetchDocument();
    for (const route of API_ROUTES) {
      const op = document.paths[route.path][route.method.toLowerCase()];
      expect(op.operationId).toBe(route.id);
      expect(op["x-scope"]).toBe(route.scope);
      expect(op.summary.length).toBeGreaterThan(10);
      const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters?.filter((p) => p.in === "path").map((p) => p.name) ?? []).toEqual(pathParams);
      expect(op.parameters?.some((p) => p.in === "header" && p.name === "Idempotency-Key")).toBe(Boolean(route.idempotent));
      for (const status of [String(route.response.status), "401", "403", "404", "422", "429"]) expect(op.responses, `${route.id} ${status}`).toHaveProperty(status);
      // A body field the path supplies (the forms' orderId) is not asked for twice.
      for (const field of Object.values(route.bodyFromPath ?? {})) expect(op.requestBody?.content["application/json"].schema.properties ?? {}).not.toHaveProperty(field);
    }
  });
});
