// A small closed-loop HTTP load generator: `connections` clients on keep-alive sockets, each
// sending its next request as soon as the previous answer is read, for `seconds`. Records every
// latency, so percentiles are exact. A "request" may be a sequence of requests (add to cart, then
// place the order): its latency is the whole sequence's.
import http from "node:http";

/** `expect`: text the answer must contain (a server action answers 200 even when it refuses). */
export type LoadRequest = { method?: string; path: string; headers?: Record<string, string>; body?: string; expect?: string };

/** Status recorded when the answer lacks the expected text. */
export const UNEXPECTED_BODY = 599;

export type LoadResult = { requests: number; errors: number; rps: number; p50: number; p95: number; p99: number; max: number; statuses: Record<number, number> };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

function send(agent: http.Agent, baseUrl: URL, request: LoadRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: baseUrl.hostname, port: baseUrl.port, method: request.method ?? "GET", path: request.path, headers: request.headers, agent },
      (res) => {
        let body = "";
        if (request.expect) res.on("data", (chunk: Buffer) => void (body += chunk.toString()));
        else res.resume();
        res.on("end", () => resolve(request.expect && !body.includes(request.expect) ? UNEXPECTED_BODY : (res.statusCode ?? 0)));
        res.on("error", reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    if (request.body) req.write(request.body);
    req.end();
  });
}

async function sendAll(agent: http.Agent, baseUrl: URL, requests: LoadRequest[]): Promise<number> {
  let status = 0;
  for (const request of requests) {
    status = await send(agent, baseUrl, request);
    if (status >= 400) return status;
  }
  return status;
}

/** One request (or sequence), alone: its status and latency. */
export async function sendOnce(baseUrl: string, request: LoadRequest | LoadRequest[]): Promise<{ status: number; ms: number }> {
  const agent = new http.Agent({ keepAlive: false });
  const t = performance.now();
  const status = await sendAll(agent, new URL(baseUrl), Array.isArray(request) ? request : [request]);
  agent.destroy();
  return { status, ms: performance.now() - t };
}

/** `next` picks each request (so clients can walk through pages or ids). */
export async function runLoad(options: { baseUrl: string; connections: number; seconds: number; next: (i: number) => LoadRequest | LoadRequest[]; okStatus?: (status: number) => boolean }): Promise<LoadResult> {
  const baseUrl = new URL(options.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const ok = options.okStatus ?? ((s: number) => s >= 200 && s < 400);
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  let counter = 0;
  const deadline = Date.now() + options.seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (Date.now() < deadline) {
        const request = options.next(counter++);
        const t = performance.now();
        try {
          const status = await sendAll(agent, baseUrl, Array.isArray(request) ? request : [request]);
          latencies.push(performance.now() - t);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (!ok(status)) errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  agent.destroy();
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    statuses,
  };
}

export type OpenLoopResult = LoadResult & { offeredRate: number };

/**
 * Open loop: requests arrive at a fixed rate whatever the server does (as real buyers do), so a
 * slow answer does not slow the arrivals. Latency counts from the moment a request was due, which
 * includes any wait for the generator itself (no coordinated omission).
 */
export async function runOpenLoop(options: { baseUrl: string; rate: number; seconds: number; next: (i: number) => LoadRequest | LoadRequest[]; okStatus?: (status: number) => boolean }): Promise<OpenLoopResult> {
  const baseUrl = new URL(options.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const ok = options.okStatus ?? ((s: number) => s >= 200 && s < 400);
  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const request = options.next(i);
    inFlight.push(
      sendAll(agent, baseUrl, Array.isArray(request) ? request : [request]).then(
        (status) => {
          latencies.push(performance.now() - due);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (!ok(status)) errors++;
        },
        () => void errors++,
      ),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length, errors, rps: latencies.length / elapsed, offeredRate: options.rate,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? 0, statuses,
  };
}
