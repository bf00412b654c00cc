// An SMTP server for tests (smtp-server on 127.0.0.1, a free port) that accepts every message and
// records it as received: envelope recipients, Message-ID, raw text, arrival time.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type SunkMessage = { to: string[]; messageId: string | null; raw: string; at: number };

export type SmtpSink = { url: string; received: SunkMessage[]; close: () => Promise<void> };

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: SunkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const messageId = /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(raw)?.[1] ?? null;
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), messageId, raw, at: Date.now() });
        callback();
      });
    },
  });
  // A sender that dies mid-session resets its connection: expected in fault tests, not a failure here.
  server.on("error", () => {});
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
