// Calls the integration API's route handlers as Next would: a real Request with the key as a
// bearer token and the route's params. Keys are made in the database directly (the settings
// action is tested on its own), with the secret kept to call with.
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { API_SCOPES, type ApiScopeName } from "@/lib/api-keys/scopes";

export type TestKey = { id: string; secret: string; name: string };

export async function createTestKey(f: { brand: { id: string }; owner: { id: string; name: string; email: string } }, scopes: readonly ApiScopeName[] = API_SCOPES, name = "Test integration"): Promise<TestKey> {
  const key = await createApiKey({ brand: f.brand, user: f.owner }, { name, scopes: [...scopes] });
  return { id: key.id, secret: key.secret, name };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type ApiCallOptions = {
  key?: TestKey | string | null;
  method?: string;
  params?: Record<string, string>;
  body?: unknown;
  /** Raw body text (sent as is, for malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
};

/** The handler's answer, its JSON read. */
export async function callApi(handler: Handler, path: string, options: ApiCallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  const secret = typeof options.key === "string" ? options.key : options.key?.secret;
  if (secret) headers.authorization = `Bearer ${secret}`;
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  if (hasBody) headers["content-type"] ??= "application/json";
  const request = new Request(`http://localhost:3000/api/v1${path}`, {
    method: options.method ?? (hasBody ? "POST" : "GET"),
    headers,
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  // Next gives a route without dynamic segments no params at all.
  const response = await handler(request, { params: Promise.resolve(options.params) as Promise<Record<string, string>> });
  const text = await response.text();
  // Read as loosely as JSON.parse gives it: the tests check its shape themselves.
  let json: ReturnType<typeof JSON.parse>;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}
