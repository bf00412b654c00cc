// A webhook receiver for tests: node:http on 127.0.0.1 (a free port), recording every request as
// received and answering as told (a status per request, or a delay longer than the sender waits).
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = { path: string; headers: http.IncomingHttpHeaders; body: string; at: number };
export type Answer = { status: number; delayMs?: number; headers?: Record<string, string> };

export type WebhookReceiver = {
  url: (path?: string) => string;
  port: number;
  requests: ReceivedRequest[];
  /** Answers for the next requests, in order; after them every request gets `fallback`. */
  answer: (...answers: Answer[]) => void;
  fallback: Answer;
  /** Waits until `count` requests have arrived. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedRequest[]>;
  close: () => Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const queue: Answer[] = [];
  const requests: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      requests.push({ path: req.url ?? "/", headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const answer = queue.shift() ?? receiver.fallback;
      const reply = () => {
        if (!res.destroyed) res.writeHead(answer.status, answer.headers).end();
      };
      if (answer.delayMs) setTimeout(reply, answer.delayMs).unref();
      else reply();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  const receiver: WebhookReceiver = {
    port,
    url: (path = "/hooks") => `http://127.0.0.1:${port}${path}`,
    requests,
    answer: (...answers) => queue.push(...answers),
    fallback: { status: 204 },
    async waitFor(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (requests.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} webhook requests, got ${requests.length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return requests;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}
