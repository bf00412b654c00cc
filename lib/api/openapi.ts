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

const ERROR_STATUSES = ["400", "401", "403", "404", "409", "422", "429"] as const;

const errorContent = { "application/json": { schema: errorResource } };

function operation(route: ApiRoute): ZodOpenApiOperationObject {
  const t = translatorFor("en");
  const headers = z.object({
    "Accept-Language": z.enum(["en", "ja"]).optional().meta({ description: t("api.openapi.acceptLanguage") }),
    ...(route.idempotent ? { "Idempotency-Key": z.string().min(1).max(255).meta({ description: t("api.openapi.idempotencyKey") }) } : {}),
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
        description: t("api.openapi.success"),
        headers: z.object({
          "RateLimit-Limit": z.string().meta({ description: t("api.openapi.rateLimitLimit") }),
          "RateLimit-Remaining": z.string().meta({ description: t("api.openapi.rateLimitRemaining") }),
          "RateLimit-Reset": z.string().meta({ description: t("api.openapi.rateLimitReset") }),
        }),
        content: { "application/json": { schema: route.response.schema } },
      },
      ...Object.fromEntries(ERROR_STATUSES.map((status) => [status, { description: t(`api.openapi.status${status}`), content: errorContent }])),
    },
  } as ZodOpenApiOperationObject;
}

function buildDocument() {
  const t = translatorFor("en");
  const paths: ZodOpenApiPathsObject = {};
  for (const route of API_ROUTES) {
    const entry = (paths[route.path] ??= {}) as Record<string, ZodOpenApiOperationObject>;
    entry[route.method.toLowerCase()] = operation(route);
  }
  return createDocument({
    openapi: "3.1.0",
    info: { title: t("api.openapi.title"), version: "1.0.0", description: t("api.openapi.description", { perSecond: API_RATE.perSecond, burst: API_RATE.burst }) },
    servers: [{ url: API_BASE_PATH }],
    components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: t("api.openapi.bearer") } } },
    paths,
  });
}

let document: ReturnType<typeof buildDocument> | undefined;

export function openApiDocument() {
  document ??= buildDocument();
  return document;
}
