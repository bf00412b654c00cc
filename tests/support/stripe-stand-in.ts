// A local stand-in for the parts of Stripe's API the app calls (create and retrieve a Checkout
// Session; expiring one, for tests), so card payment runs end to end without the network: the
// app's Stripe SDK is pointed at it with STRIPE_API_BASE. Like Stripe it checks the secret key
// (Authorization header), answers a repeated Idempotency-Key with the first answer (and refuses
// the key with other parameters), and serves a hosted payment page. It records every request
// (method, path, form body, Idempotency-Key) for tests to assert, and builds webhook events
// signed with the SDK's own generateTestHeaderString, as Stripe signs them. The end-to-end server
// (scripts/e2e-server.ts) runs one too.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

export const STAND_IN_SECRET_KEY = "sk_test_standin_4eC39HqLyjWDarjtT1zdp7dc";
export const STAND_IN_WEBHOOK_SECRET = "whsec_standin_7d2f0c9a4b1e";

export type RecordedRequest = {
  method: string;
  path: string;
  /** The form body decoded into nested objects and arrays, as Stripe reads `a[b][0][c]=v`. */
  form: Record<string, unknown>;
  rawBody: string;
  idempotencyKey: string | null;
  /** The status the stand-in answered (401 for a missing or wrong key). */
  status: number;
};

export type StandInSession = {
  id: string;
  object: "checkout.session";
  mode: string;
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  customer_email: string | null;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  success_url: string;
  cancel_url: string | null;
  url: string | null;
  created: number;
  expires_at: number;
  livemode: false;
};

export type CheckoutEventType = "checkout.session.completed" | "checkout.session.expired" | "checkout.session.async_payment_succeeded" | "checkout.session.async_payment_failed";

export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>;

/** Starts the stand-in on a free port of 127.0.0.1. */
export async function startStripeStandIn(options: { secretKey?: string } = {}) {
  const secretKey = options.secretKey ?? STAND_IN_SECRET_KEY;
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, StandInSession>();
  const idempotent = new Map<string, { rawBody: string; status: number; body: unknown }>();
  let base = "";

  function record(req: IncomingMessage, rawBody: string, status: number) {
    const url = new URL(req.url ?? "/", base);
    requests.push({ method: req.method ?? "GET", path: url.pathname, form: decodeForm(rawBody), rawBody, idempotencyKey: header(req, "idempotency-key"), status });
  }

  async function api(req: IncomingMessage, res: ServerResponse, rawBody: string) {
    const path = new URL(req.url ?? "/", base).pathname;
    const key = apiKeyOf(req);
    if (key !== secretKey) {
      const message = key ? `Invalid API Key provided: ${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : "You did not provide an API key.";
      record(req, rawBody, 401);
      return json(res, 401, { error: { type: "invalid_request_error", message } });
    }
    const idempotencyKey = header(req, "idempotency-key");
    if (req.method === "POST" && idempotencyKey) {
      const earlier = idempotent.get(idempotencyKey);
      if (earlier) {
        if (earlier.rawBody !== rawBody) {
          record(req, rawBody, 400);
          return json(res, 400, { error: { type: "idempotency_error", message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.` } });
        }
        record(req, rawBody, earlier.status);
        return json(res, earlier.status, earlier.body, { "Idempotent-Replayed": "true" });
      }
    }
    const [status, body] = route(req.method ?? "GET", path, decodeForm(rawBody));
    if (req.method === "POST" && idempotencyKey && status < 500) idempotent.set(idempotencyKey, { rawBody, status, body });
    record(req, rawBody, status);
    return json(res, status, body);
  }

  function route(method: string, path: string, form: Record<string, unknown>): [number, unknown] {
    if (method === "POST" && path === "/v1/checkout/sessions") return createSession(form);
    const match = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
    const session = match ? sessions.get(decodeURIComponent(match[1])) : undefined;
    if (match && !session) return [404, missing("checkout.session", match[1])];
    if (method === "GET" && match && !match[2]) return [200, session];
    if (method === "POST" && match?.[2] && session) {
      if (session.status !== "open") return [400, { error: { type: "invalid_request_error", message: `Only Checkout Sessions with a status in ["open"] can be expired.` } }];
      expire(session);
      return [200, session];
    }
    return [404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` } }];
  }

  function createSession(form: Record<string, unknown>): [number, unknown] {
    const invalid = (param: string, message: string): [number, unknown] => [400, { error: { type: "invalid_request_error", param, message } }];
    if (form.mode !== "payment") return invalid("mode", "Missing or unsupported mode (the stand-in speaks mode=payment).");
    if (typeof form.success_url !== "string" || !/^https?:\/\//.test(form.success_url)) return invalid("success_url", "Not a valid URL.");
    const items = Array.isArray(form.line_items) ? (form.line_items as Record<string, unknown>[]) : [];
    if (items.length === 0) return invalid("line_items", "Missing required param: line_items.");
    let currency = "";
    let total = 0;
    for (const [i, item] of items.entries()) {
      const price = (item.price_data ?? {}) as Record<string, unknown>;
      // Stripe takes integers in the currency's smallest unit: "1200.5" or "12.00" is refused.
      if (typeof price.unit_amount !== "string" || !/^\d+$/.test(price.unit_amount)) return invalid(`line_items[${i}][price_data][unit_amount]`, "Invalid integer.");
      if (typeof item.quantity !== "string" || !/^[1-9]\d*$/.test(item.quantity)) return invalid(`line_items[${i}][quantity]`, "Invalid integer.");
      if (typeof price.currency !== "string" || !/^[a-z]{3}$/.test(price.currency)) return invalid(`line_items[${i}][price_data][currency]`, "Invalid currency.");
      if (currency && price.currency !== currency) return invalid(`line_items[${i}][price_data][currency]`, "All line items must share one currency.");
      currency = price.currency;
      total += Number(price.unit_amount) * Number(item.quantity);
    }
    const id = `cs_test_${randomBytes(16).toString("hex")}`;
    const created = Math.floor(Date.now() / 1000);
    const session: StandInSession = {
      id, object: "checkout.session", mode: "payment", status: "open", payment_status: "unpaid",
      amount_subtotal: total, amount_total: total, currency,
      customer_email: typeof form.customer_email === "string" ? form.customer_email : null,
      client_reference_id: typeof form.client_reference_id === "string" ? form.client_reference_id : null,
      metadata: Object.fromEntries(Object.entries((form.metadata ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
      success_url: form.success_url, cancel_url: typeof form.cancel_url === "string" ? form.cancel_url : null,
      url: `${base}/pay/${id}`, created, expires_at: created + 24 * 3600, livemode: false,
    };
    sessions.set(id, session);
    return [200, session];
  }

  /** The hosted payment page: shows the amount; "Pay" completes the session and goes to success_url. */
  function hostedPage(req: IncomingMessage, res: ServerResponse) {
    const id = decodeURIComponent(new URL(req.url ?? "/", base).pathname.slice("/pay/".length));
    const session = sessions.get(id);
    if (!session) return html(res, 404, "<h1>No such payment page</h1>");
    if (req.method === "POST") {
      if (session.status !== "open") return html(res, 409, `<h1>This payment page is ${session.status}</h1>`);
      complete(session);
      res.writeHead(303, { Location: session.success_url.replace("{CHECKOUT_SESSION_ID}", session.id) }).end();
      return;
    }
    if (session.status !== "open") return html(res, 410, `<h1>This payment page is ${session.status}</h1>`);
    const amount = `${session.amount_total} ${session.currency.toUpperCase()} (smallest unit)`;
    return html(res, 200, `<h1>Stripe stand-in checkout</h1><p data-testid="stand-in-amount">${escapeHtml(amount)}</p>
<form method="post"><button type="submit">Pay</button></form>${session.cancel_url ? `<a href="${escapeHtml(session.cancel_url)}">Cancel</a>` : ""}`);
  }

  function expire(session: StandInSession) {
    session.status = "expired";
    session.url = null;
  }

  function complete(session: StandInSession) {
    session.status = "complete";
    session.payment_status = "paid";
    session.url = null;
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const path = new URL(req.url ?? "/", base).pathname;
      const done = path.startsWith("/pay/") ? Promise.resolve(hostedPage(req, res)) : api(req, res, rawBody);
      done.catch((error: unknown) => json(res, 500, { error: { type: "api_error", message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function sessionOrThrow(id: string) {
    const session = sessions.get(id);
    if (!session) throw new Error(`The stand-in has no Checkout Session ${id}`);
    return session;
  }

  return {
    /** The API base for STRIPE_API_BASE. */
    url: base,
    requests,
    /** Requests to one method and path, e.g. ("POST", "/v1/checkout/sessions"). */
    requestsTo: (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path),
    session: sessionOrThrow,
    /** The buyer paid on the hosted page (what "Pay" does); only an open session can be paid. */
    pay: (id: string) => {
      const session = sessionOrThrow(id);
      if (session.status !== "open") throw new Error(`Checkout Session ${id} is ${session.status}, not open`);
      complete(session);
    },
    /** The session's 24 hours ran out with no payment (as POST /v1/checkout/sessions/:id/expire does). */
    expire: (id: string) => expire(sessionOrThrow(id)),
    /** The event Stripe sends for the session as it is now, signed with the webhook secret. */
    signedEvent: (type: CheckoutEventType, id: string, options: SignOptions = {}) => signedEvent(checkoutSessionEvent(type, sessionOrThrow(id)), options),
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A Stripe event object carrying a Checkout Session, as Stripe delivers it to webhooks. */
export function checkoutSessionEvent(type: CheckoutEventType, session: object, id = `evt_${randomBytes(12).toString("hex")}`) {
  return {
    id, object: "event", api_version: Stripe.API_VERSION, created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1,
    request: { id: null, idempotency_key: null }, type, data: { object: session },
  };
}

export type SignOptions = { secret?: string; timestamp?: number };

/** The JSON payload and its Stripe-Signature header, signed by the SDK's test helper. */
export function signedEvent(event: object, options: SignOptions = {}) {
  const payload = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? STAND_IN_WEBHOOK_SECRET, timestamp: options.timestamp });
  return { payload, signature };
}

/** A webhook delivery to the app's route, as Stripe POSTs it. */
export function webhookRequest(url: string, delivery: { payload: string; signature: string | null }) {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" };
  if (delivery.signature !== null) headers["stripe-signature"] = delivery.signature;
  return new Request(url, { method: "POST", body: delivery.payload, headers });
}

/** Stripe's form encoding (`line_items[0][price_data][currency]=jpy`) back into objects and arrays. */
export function decodeForm(rawBody: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(rawBody)) {
    const path = name.split(/\[|\]\[|\]/).filter(Boolean);
    let node = root;
    if (path.includes("__proto__")) continue;
    for (const [i, part] of path.entries()) {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    }
  }
  return arrays(root) as Record<string, unknown>;
}

function arrays(node: unknown): unknown {
  if (!node || typeof node !== "object") return node;
  const entries = Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, arrays(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  return Object.fromEntries(entries);
}

function apiKeyOf(req: IncomingMessage): string | null {
  const auth = header(req, "authorization");
  if (!auth) return null;
  if (/^bearer /i.test(auth)) return auth.slice(7).trim();
  // Stripe also takes the key as the Basic user name.
  if (/^basic /i.test(auth)) return Buffer.from(auth.slice(6).trim(), "base64").toString("utf8").split(":")[0];
  return null;
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function missing(object: string, id: string) {
  return { error: { type: "invalid_request_error", code: "resource_missing", param: "id", message: `No such ${object}: '${id}'` } };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json", "Request-Id": `req_${randomBytes(7).toString("hex")}`, ...headers }).end(JSON.stringify(body));
}

function html(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8" }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stripe stand-in</title></head><body>${body}</body></html>`);
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
