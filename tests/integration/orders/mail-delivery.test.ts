// The outbox worker against a real SMTP server started in this process (smtp-server).
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { confirmOcAction } from "@/lib/orders/actions";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { createOrder } from "./order-fixture";
import { parseMessage } from "../../support/smtp-message";

type Received = { from: string; to: string[]; raw: string };
const received: Received[] = [];
let server: SMTPServer;
let smtpUrl = "";
let rejectNext = false;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (rejectNext) {
          rejectNext = false;
          const error = new Error("Mailbox unavailable") as Error & { responseCode: number };
          error.responseCode = 550;
          return callback(error);
        }
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("mail delivery", { timeout: 120_000 }, () => {
  it("delivers the confirmation e-mail written by Confirm to a real SMTP server, once", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await actAs(f.staff);
    expect(await confirmOcAction({ orderId: order.id, notifyBuyer: true, emailBody: "Your order ships next week.", tagIds: [] })).toMatchObject({ ok: true });
    const before = received.length;
    const [first, second] = await Promise.all([deliverPendingEmails({ smtpUrl }), deliverPendingEmails({ smtpUrl })]);
    expect(first.sent + second.sent).toBe(1);
    expect(received.length - before).toBe(1);
    const mail = received.at(-1)!;
    expect(mail.to).toEqual([f.buyerUser.email]);
    expect(mail.raw).toContain("Your order ships next week.");
    expect(mail.raw).toMatch(/Subject: .*is confirmed/);
    const row = await prisma.outboxEmail.findFirstOrThrow({ where: { brandId: f.brand.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
    expect(await deliverPendingEmails({ smtpUrl })).toMatchObject({ sent: 0 });
  });

  it("renders a mail before sending it, in its recipient's language: a Japanese subject, an HTML part and a plain-text part, stored once", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await prisma.order.update({ where: { id: order.id }, data: { language: "JA" } });
    await actAs(f.staff);
    expect(await confirmOcAction({ orderId: order.id, notifyBuyer: true, emailBody: "来週出荷いたします。", tagIds: [] })).toMatchObject({ ok: true });
    const written = await prisma.outboxEmail.findFirstOrThrow({ where: { brandId: f.brand.id } });
    expect(written).toMatchObject({ template: "ocConfirmed", locale: "ja", subject: null, text: null, html: null });
    expect(await deliverPendingEmails({ smtpUrl })).toMatchObject({ sent: 1 });
    const message = parseMessage(received.at(-1)!.raw);
    expect(message.subject).toBe(`【${f.brand.name}】注文確認書 ${f.brand.orderPrefix}-${String(order.number).padStart(6, "0")} が確定しました`);
    expect(message.text).toContain("来週出荷いたします。");
    expect(message.text).toContain("ご注文内容を見る");
    expect(message.html).toMatch(/<html[^>]* lang="ja"/);
    expect(message.html).toContain("来週出荷いたします。");
    // What was sent is what the outbox now keeps.
    const sent = await prisma.outboxEmail.findUniqueOrThrow({ where: { id: written.id } });
    expect(sent).toMatchObject({ status: "SENT", subject: message.subject });
    expect(sent.html).toContain("来週出荷いたします。");
  });

  it("a mail that cannot be rendered is a failed attempt with the reason, retried later like an SMTP refusal", async () => {
    const f = await createBrand();
    await prisma.outboxEmail.create({ data: { brandId: f.brand.id, to: "someone@test.example", template: "noSuchTemplate", locale: "en", data: {} } });
    const before = received.length;
    expect(await deliverPendingEmails({ smtpUrl })).toMatchObject({ failed: 1, sent: 0 });
    expect(received.length).toBe(before);
    const row = await prisma.outboxEmail.findFirstOrThrow({ where: { brandId: f.brand.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, subject: null });
    expect(row.lastError).toContain("noSuchTemplate");
  });

  it("keeps mail in the outbox without SMTP_URL, and retries later after an SMTP refusal", async () => {
    const f = await createBrand();
    await prisma.outboxEmail.create({ data: { brandId: f.brand.id, to: "someone@test.example", subject: "Hello", text: "Hi" } });
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    expect(await deliverPendingEmails()).toEqual({ sent: 0, failed: 0, skipped: true });
    process.env.SMTP_URL = saved;
    rejectNext = true;
    expect(await deliverPendingEmails({ smtpUrl })).toMatchObject({ failed: 1, sent: 0 });
    const row = await prisma.outboxEmail.findFirstOrThrow({ where: { brandId: f.brand.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toContain("Mailbox unavailable");
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
    // Due again (as after the back-off): delivered this time.
    await prisma.outboxEmail.update({ where: { id: row.id }, data: { availableAt: new Date(Date.now() - 1000) } });
    expect(await deliverPendingEmails({ smtpUrl })).toMatchObject({ sent: 1 });
    expect(received.at(-1)!.to).toEqual(["someone@test.example"]);
  });
});
