// E-mail in the production build: the mail an action writes is rendered (React e-mail, in the
// recipient's language) and sent by the kick after commit, and mail written without a kick (the
// bulk release's SQL) by the periodic sweep the server starts. Both render inside Next's server
// build, which is what this checks. Needs `npm run build` first.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { createBrand } from "../../support/fixtures";
import { callServerAction, startProductionServer, type ProductionServer } from "../../support/production-server";
import { parseMessage } from "../../support/smtp-message";
import { createOrder } from "../orders/order-fixture";

const received: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;

async function receivedFor(to: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = received.find((m) => m.to.includes(to));
    if (found) return parseMessage(found.raw);
    if (Date.now() > deadline) throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("mail delivery in the production server", { timeout: 180_000 }, () => {
  let server: ProductionServer;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
          callback();
        });
      },
    });
    smtp.listen(0, "127.0.0.1");
    await once(smtp.server, "listening");
    const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    server = await startProductionServer({ databaseUrl: process.env.TEST_DATABASE_URL!, env: { SMTP_URL: smtpUrl, MAIL_SWEEP_MS: "500" } });
  }, 150_000);

  afterAll(async () => {
    await server?.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it("Confirm with e-mail: the kick after commit renders the Japanese mail and sends it", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await prisma.order.update({ where: { id: order.id }, data: { language: "JA", contactEmail: "kick-ja@test.example" } });
    const token = await encode({ token: { sub: f.staff.id }, secret: "production-server-test-secret", salt: "authjs.session-token" });
    const result = await callServerAction(
      server,
      { page: `/admin/orders/${order.id}`, file: "lib/orders/actions.ts", name: "confirmOcAction" },
      [{ orderId: order.id, notifyBuyer: true, emailBody: "来週出荷いたします。", tagIds: [] }],
      { cookie: `authjs.session-token=${token}` },
    );
    expect(result, server.output()).toMatchObject({ ok: true });
    const mail = await receivedFor("kick-ja@test.example");
    expect(mail.subject).toBe(`【${f.brand.name}】注文確認書 ${formatOrderNumber(f.brand.orderPrefix, order.number)} が確定しました`);
    expect(mail.text).toContain("来週出荷いたします。");
    expect(mail.html).toMatch(/<html[^>]* lang="ja"/);
    // Marked sent once the delivery's transaction commits (just after the SMTP server took it).
    await expect.poll(async () => prisma.outboxEmail.findFirstOrThrow({ where: { to: "kick-ja@test.example" } }), { timeout: 10_000 }).toMatchObject({ status: "SENT", subject: mail.subject });
  });

  it("mail written without a kick (as the bulk release writes it) goes out with the sweep, rendered in English", async () => {
    const f = await createBrand();
    await prisma.outboxEmail.create({
      data: {
        brandId: f.brand.id, to: "sweep-en@test.example", template: "orderProcessing", locale: "en",
        data: { brandName: f.brand.name, timeZone: "UTC", orderNumber: "SW-000001", contactName: "Sam Carter", orderUrl: null },
      },
    });
    const mail = await receivedFor("sweep-en@test.example");
    expect(mail.subject).toBe(`Order Processing: SW-000001 (${f.brand.name})`);
    expect(mail.text).toContain("Dear Sam Carter,");
    expect(mail.html).toContain("is now being processed");
  });
});
