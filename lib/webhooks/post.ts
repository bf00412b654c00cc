import "server-only";
// Sends one webhook request, safe against server-side request forgery: the host name is resolved
// here and only public addresses are used (lib/webhooks/address-guard.ts), the connection goes to
// the very address that was checked (our own `lookup`, so a second DNS answer cannot swap in an
// internal one), and the address the socket actually connected to is checked again. Redirects are
// not followed, the whole exchange has a deadline, and only the start of the answer is read.
// In development mode (lib/webhooks/development-mode.ts) private and loopback addresses are allowed.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction, type Socket } from "node:net";
import { msg } from "@/lib/i18n/message-text";
import { isPublicAddress } from "./address-guard";

export type PostOutcome = {
  ok: boolean;
  /** The HTTP status, or null when no answer came. */
  status: number | null;
  durationMs: number;
  /** Why it failed (a catalogue key with values, translated in the delivery log). */
  error: string | null;
};

export type PostOptions = { timeoutMs: number; allowPrivate: boolean };

const MAX_ANSWER_BYTES = 64 * 1024;

class RefusedAddress extends Error {
  constructor(readonly address: string) {
    super(`Refused address ${address}`);
  }
}

/** dns.lookup, keeping only the addresses we may connect to. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const usable = allowPrivate ? found : found.filter((a) => isPublicAddress(a.address));
      if (usable.length === 0) return callback(new RefusedAddress(found[0]?.address ?? hostname), "", 0);
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, usable);
      callback(null, usable[0].address, usable[0].family);
    });
  };
}

export function postWebhook(target: string, body: string, headers: Record<string, string>, options: PostOptions): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const url = new URL(target);
  const literal = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!options.allowPrivate && isIP(literal) && !isPublicAddress(literal)) {
    return Promise.resolve({ ok: false, status: null, durationMs: 0, error: msg("webhooks.deliveryErrors.refusedAddress", { address: literal }) });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<PostOutcome, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      request.destroy();
      resolve({ ...outcome, durationMs: elapsed() });
    };
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Wholesale-Webhooks/1", "content-length": String(Buffer.byteLength(body)), ...headers },
      lookup: guardedLookup(options.allowPrivate),
      // A fresh connection each time: the address check below runs on every request.
      agent: false,
    });
    const deadline = setTimeout(() => finish({ ok: false, status: null, error: msg("webhooks.deliveryErrors.timeout", { seconds: options.timeoutMs / 1000 }) }), options.timeoutMs);
    request.on("socket", (socket: Socket) => {
      socket.once("connect", () => {
        const remote = socket.remoteAddress ?? "";
        if (!options.allowPrivate && !isPublicAddress(remote)) request.destroy(new RefusedAddress(remote));
      });
    });
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      let read = 0;
      response.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_ANSWER_BYTES) response.destroy();
      });
      const done = () => {
        if (status >= 200 && status < 300) return finish({ ok: true, status, error: null });
        if (status >= 300 && status < 400) return finish({ ok: false, status, error: msg("webhooks.deliveryErrors.redirect", { status }) });
        finish({ ok: false, status, error: msg("webhooks.deliveryErrors.status", { status }) });
      };
      response.on("end", done);
      response.on("close", done);
      response.on("error", done);
    });
    request.on("error", (error: Error & { code?: string }) => {
      if (error instanceof RefusedAddress) return finish({ ok: false, status: null, error: msg("webhooks.deliveryErrors.refusedAddress", { address: error.address }) });
      finish({ ok: false, status: null, error: msg("webhooks.deliveryErrors.network", { detail: error.code ?? error.message }) });
    });
    request.end(body);
  });
}
