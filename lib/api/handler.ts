import "server-only";
// The one wrapper of every route handler in app/api/v1: bearer key → brand and scopes (401 without
// a valid key, 403 without the route's scope), the key's rate limit (429 with Retry-After), the
// path, query and JSON body validated with the route's zod schemas (422 with field messages), an
// Idempotency-Key where the route takes one, and every error as `{ error: { code, message,
// fields? } }` in the caller's language. Handlers stay thin: they call the same domain functions
// as the server actions, acting for the brand as the key (lib/api-keys/api-key-actor.ts).
import type { z } from "zod";
import { unstorableTextErrors } from "@/lib/actions/storable-text";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { apiKeyActing } from "@/lib/api-keys/api-key-actor";
import { authenticateApiKey, type ApiKeyIdentity } from "@/lib/api-keys/authenticate";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { AppLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message-text";
import "@/lib/i18n/zod-messages";
import type { Staff } from "@/lib/orders/staff";
import { readJsonBody } from "./body";
import { apiError, apiLocale, errorBody, statusOf, unexpectedBody } from "./errors";
import { idempotencyKeyOf, requestHash, runIdempotent } from "./idempotency";
import { rateLimitHeaders, takeApiToken } from "./rate-limit";
import type { ApiRoute } from "./route";

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type ApiCall<R extends ApiRoute> = {
  key: ApiKeyIdentity;
  /** The brand and the key as its actor, shaped like a signed-in member's context. */
  staff: Staff;
  params: Out<R["params"]>;
  query: Out<R["query"]>;
  body: Out<R["body"]>;
  locale: AppLocale;
  request: Request;
} & (R["idempotent"] extends true ? { tx: Tx } : unknown);

type RouteContext = { params: Promise<Record<string, string | string[] | undefined> | undefined> };

export type ApiRouteHandler<R extends ApiRoute> = ((request: Request, context: RouteContext) => Promise<Response>) & { route: R };

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

function validate<S extends z.ZodType>(schema: S, input: unknown, failure: { status: number; code: string }): z.output<S> {
  const parsed = schema.safeParse(input);
  const unstorable = unstorableTextErrors(input);
  if (parsed.success && Object.keys(unstorable).length === 0) return parsed.data;
  const fields = parsed.success ? unstorable : { ...unstorable, ...fieldErrorsOf(parsed.error) };
  throw apiError(failure.status, failure.code, "errors.correctFields", undefined, fields);
}

function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  // A repeated parameter: the first one counts, as on the admin's list pages.
  for (const [key, value] of url.searchParams) if (!(key in out)) out[key] = value;
  return out;
}

async function pathParams(route: ApiRoute, context: RouteContext) {
  // A route without dynamic segments gets no params from Next.
  const raw = (await context?.params) ?? {};
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
  if (!route.params) return undefined;
  const parsed = route.params.safeParse(values);
  // An id that cannot exist is an id that does not exist.
  if (!parsed.success || Object.keys(unstorableTextErrors(values)).length) throw apiError(404, "NOT_FOUND", "api.errors.notFound");
  return parsed.data;
}

async function requestBody(route: ApiRoute, request: Request, params: Record<string, unknown> | undefined) {
  if (!route.body) return { raw: undefined, parsed: undefined };
  const raw = await readJsonBody(request);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw apiError(422, "VALIDATION", "errors.correctFields", undefined, { _body: msg("api.errors.objectRequired") });
  }
  const merged: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const [param, field] of Object.entries(route.bodyFromPath ?? {})) merged[field] = params?.[param];
  return { raw, parsed: validate(route.body, merged, { status: 422, code: "VALIDATION" }) };
}

export function apiHandler<const R extends ApiRoute>(route: R, handle: (call: ApiCall<R>) => Promise<unknown>): ApiRouteHandler<R> {
  const handler = async (request: Request, context: RouteContext): Promise<Response> => {
    const locale = apiLocale(request);
    let limits: Record<string, string> = {};
    try {
      const key = await authenticateApiKey(request.headers.get("authorization"));
      if (!key) throw apiError(401, "UNAUTHENTICATED", "api.errors.unauthenticated", undefined, undefined, { "WWW-Authenticate": 'Bearer realm="api"' });
      const decision = await takeApiToken(key.id);
      limits = rateLimitHeaders(decision);
      if (!decision.allowed) throw apiError(429, "RATE_LIMITED", "api.errors.rateLimited", { seconds: decision.retryAfterSeconds });
      if (!key.scopes.includes(route.scope)) throw apiError(403, "INSUFFICIENT_SCOPE", "api.errors.missingScope", { scope: route.scope });

      const url = new URL(request.url);
      const params = await pathParams(route, context);
      const query = route.query ? validate(route.query, queryObject(url), { status: 400, code: "INVALID_QUERY" }) : undefined;
      const idempotencyKey = route.idempotent ? idempotencyKeyOf(request) : undefined;
      const body = await requestBody(route, request, params as Record<string, unknown> | undefined);
      const base = { key, staff: { brand: key.brand, user: apiKeyActing(key) }, params, query, body: body.parsed, locale, request };

      if (idempotencyKey !== undefined) {
        const claim = { apiKeyId: key.id, key: idempotencyKey, requestHash: requestHash(route.method, url.pathname, body.raw) };
        const answer = await runIdempotent(claim, async (tx) => ({ status: route.response.status, body: await handle({ ...base, tx } as unknown as ApiCall<R>) }));
        return json(answer.status, answer.body, { ...limits, ...(answer.replayed ? { "Idempotent-Replayed": "true" } : {}) });
      }
      return json(route.response.status, await handle(base as unknown as ApiCall<R>), limits);
    } catch (error) {
      if (error instanceof AppError) {
        const extra = "headers" in error ? (error.headers as Record<string, string>) : {};
        return json(statusOf(error), errorBody(error, locale), { ...limits, ...extra });
      }
      console.error(`Unexpected error in ${route.method} /api/v1${route.path}`, error);
      return json(500, unexpectedBody(locale), limits);
    }
  };
  return Object.assign(handler, { route });
}
