import "server-only";
// The outbox's delivery worker: claims pending mail with a row lock (so several app instances
// never send one message twice), hands it to SMTP_URL through nodemailer, and records the result.
// Without SMTP_URL nothing is sent: mail stays in the outbox and the admin Mailbox page shows it.
// Mail written as a template is rendered here first, in its recipient's language (and the result
// stored); a mail that cannot be rendered counts as a failed attempt, like an SMTP refusal.
// Delivery is at least once: an instance that dies after the SMTP server took a mail and before its
// transaction commits leaves the mail pending, and another instance sends it again. Every attempt
// carries the same Message-ID (made from the outbox row's id), by which mail systems recognise the
// second copy.
import nodemailer, { type Transporter } from "nodemailer";
import { prisma } from "@/lib/db/client";
import { outboxMessageId } from "./message-id";
import { ensureRendered } from "./rendered";

const MAX_ATTEMPTS = 5;
const BATCH = 20;
const FROM = process.env.MAIL_FROM ?? "Wholesale <no-reply@wholesale.example>";

let cached: { url: string; transport: Transporter } | undefined;

function transportFor(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

export type DeliveryReport = { sent: number; failed: number; skipped: boolean };

/** Delivers due mail once; returns what happened. Safe to call from many places at once. */
export async function deliverPendingEmails(options: { smtpUrl?: string; limit?: number } = {}): Promise<DeliveryReport> {
  const smtpUrl = options.smtpUrl ?? process.env.SMTP_URL;
  if (!smtpUrl) return { sent: 0, failed: 0, skipped: true };
  const transport = transportFor(smtpUrl);
  const report: DeliveryReport = { sent: 0, failed: 0, skipped: false };
  const limit = options.limit ?? BATCH;
  for (let i = 0; i < limit; i++) {
    // One mail per short transaction: the lock is held only while this one is sent.
    const done = await prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "OutboxEmail"
          WHERE status = 'PENDING' AND "availableAt" <= now()
          ORDER BY "availableAt" ASC
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return "empty" as const;
        const mail = await tx.outboxEmail.findUniqueOrThrow({ where: { id: rows[0].id } });
        try {
          const rendered = await ensureRendered(mail, tx);
          await transport.sendMail({ from: FROM, messageId: outboxMessageId(mail.id, FROM), to: rendered.to, subject: rendered.subject, text: rendered.text, html: rendered.html ?? undefined });
          await tx.outboxEmail.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
          return "sent" as const;
        } catch (error) {
          const attempts = mail.attempts + 1;
          const gaveUp = attempts >= MAX_ATTEMPTS;
          // Back off 1, 2, 4, 8 minutes between attempts.
          const retryAt = new Date(Date.now() + 60_000 * 2 ** (attempts - 1));
          await tx.outboxEmail.update({
            where: { id: mail.id },
            data: { attempts, lastError: String(error instanceof Error ? error.message : error).slice(0, 500), status: gaveUp ? "FAILED" : "PENDING", availableAt: retryAt },
          });
          return "failed" as const;
        }
      },
      { timeout: 60_000 },
    );
    if (done === "empty") break;
    report[done] += 1;
  }
  return report;
}

/** After a commit that wrote mail: deliver it now, without making the user wait or fail. */
export function kickMailDelivery() {
  if (!process.env.SMTP_URL) return;
  void deliverPendingEmails().catch((error) => console.error("Mail delivery failed", error));
}
