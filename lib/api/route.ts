// What an endpoint of the integration API is: method, path, the scope it needs, the zod schemas
// of its path, query and body (the UI's schemas where one exists) and of its answer. The route
// files in app/api/v1 serve these definitions; the OpenAPI document, the reference page in
// Settings › API and the tests (scopes on every endpoint) are generated from the same list.
import type { z } from "zod";
import type { ApiScopeName } from "@/lib/api-keys/scopes";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type ApiRoute = {
  /** Names the endpoint in the catalogue (api.routes.<id>) and in OpenAPI (operationId). */
  id: string;
  method: HttpMethod;
  /** Under /api/v1, OpenAPI style: "/orders/{id}". */
  path: string;
  scope: ApiScopeName;
  /** OpenAPI tag (the reference page groups by it). */
  group: "Orders" | "Products" | "Inventory" | "Buyers" | "Webhooks";
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Path parameters that the body schema also has, by name in the body (the UI schema takes `orderId`). */
  bodyFromPath?: Record<string, string>;
  /** Requires an Idempotency-Key header; answers are stored 24 hours. */
  idempotent?: boolean;
  response: { status: 200 | 201; schema: z.ZodType };
  /** For the curl example on the reference page and in the OpenAPI document. */
  example?: { query?: string; body?: unknown; pathValues?: Record<string, string> };
};

export function defineRoute<const R extends ApiRoute>(route: R): R {
  return route;
}

/** The Next route file's folder under app/api/v1 for a path: "/orders/{id}/reject" → "orders/[id]/reject". */
export function routeFolder(path: string): string {
  return path.replace(/^\//, "").replace(/\{(\w+)\}/g, "[$1]");
}
