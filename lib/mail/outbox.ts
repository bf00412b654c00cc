import "server-only";
// E-mail is written to the outbox in the same transaction as the change it reports; a worker
// delivers it after commit (so a rolled-back change sends nothing, and a crash loses nothing).
import type { Tx } from "@/lib/db/client";

export type OutgoingEmail = { brandId: string | null; to: string; subject: string; text: string; html?: string };

export function enqueueEmail(db: Pick<Tx, "outboxEmail">, email: OutgoingEmail) {
  return db.outboxEmail.create({
    data: { brandId: email.brandId, to: email.to, subject: email.subject, text: email.text, html: email.html },
  });
}
