// The OpenAPI 3.1 document of the integration API, generated from the route definitions and their
// zod schemas (zod-openapi), so it lists exactly the endpoints the app serves with the inputs it
// validates. English descriptions from the catalogue. Built once per process.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { translatorFor } from "@/lib/i18n/translator";
import { errorResource } from "./resources";
import type { ApiRoute } from "./route";
import { API_BASE_PATH, API_ROUTES } from "./routes";
import { API_RATE } from "./rate-limit";

type JsonSchema = { properties?: Record<string, unknown>; required?: string[] };

/** The body schema as documented: fields the path supplies (the UI schema's orderId) left out. */
function documentedBody(route: ApiRoute) {
  const fromPath = Object.values(route.bodyFromPath ?? {});
  if (!route.body || fromPath.length === 0) return route.body;
  return route.body.meta({
    override: ({ jsonSchema }: { jsonSchema: JsonSchema }) => {
      for (const field of fromPath) delete jsonSchema.properties?.[field];
      if (jsonSchema.required) jsonSchema.required = jsonSchema.required.filter((f) => !fromPath.includes(f));
    },
  } as never);
}

const ERRORS: Record<string, string> = {
  "400": "Bad request: malformed JSON, query or Idempotency-Key.",
  "401": "No API key, or an unknown or revoked one.",
  "403": "The key lacks the endpoint's scope.",
  "404": "Not found, or not this brand's.",
  "409": "The order or stock is in a state that does not allow this (error.code says which).",
  "422": "Invalid fields (error.fields), or an Idempotency-Key reused with another request.",
  "429": "Rate limit reached: wait Retry-After seconds.",
};

const errorContent = { "application/json": { schema: errorResource } };

function operation(route: ApiRoute): ZodOpenApiOperationObject {
  const t = translatorFor("en");
  const headers = z.object({
    "Accept-Language": z.enum(["en", "ja"]).optional().meta({ description: "Language of error messages (English by default)." }),
    ...(route.idempotent ? { "Idempotency-Key": z.string().min(1).max(255).meta({ description: "Required. The same key with the same request returns the first answer for 24 hours." }) } : {}),
  });
  const body = documentedBody(route);
  return {
    operationId: route.id,
    summary: t(`api.routes.${route.id}` as never),
    tags: [route.group],
    security: [{ apiKey: [route.scope] }],
    "x-scope": route.scope,
    requestParams: { ...(route.params ? { path: route.params } : {}), ...(route.query ? { query: route.query } : {}), header: headers },
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: body, ...(route.example?.body ? { example: route.example.body } : {}) } } } } : {}),
    responses: {
      [String(route.response.status)]: {
        description: "Success",
        headers: z.object({
          "RateLimit-Limit": z.string().meta({ description: "Requests the key may make at once (the burst)." }),
          "RateLimit-Remaining": z.string().meta({ description: "Requests left right now." }),
          "RateLimit-Reset": z.string().meta({ description: "Seconds until the full burst is available again." }),
        }),
        content: { "application/json": { schema: route.response.schema } },
      },
      ...Object.fromEntries(Object.entries(ERRORS).map(([status, description]) => [status, { description, content: errorContent }])),
    },
  } as ZodOpenApiOperationObject;
}

function buildDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of API_ROUTES) {
    const entry = (paths[route.path] ??= {}) as Record<string, ZodOpenApiOperationObject>;
    entry[route.method.toLowerCase()] = operation(route);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Wholesale integration API",
      version: "1.0.0",
      description:
        `Orders, products, inventory and buyers of one brand, for its ERP, warehouse (3PL) and shop systems. Authenticate with an API key (Settings › API keys) as a bearer token. ` +
        `Each key may make ${API_RATE.perSecond} requests a second on average and ${API_RATE.burst} at once. Amounts are integers in the currency's minor unit.`,
    },
    servers: [{ url: API_BASE_PATH }],
    components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key: wk_live_ followed by 43 characters." } } },
    paths,
  });
}

let document: ReturnType<typeof buildDocument> | undefined;

export function openApiDocument() {
  document ??= buildDocument();
  return document;
}
