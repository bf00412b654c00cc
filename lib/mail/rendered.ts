import "server-only";
// The first render of outbox mail: a row written as template + locale + data gets its subject,
// text and html filled once (the Mailbox page shows them, delivery sends them). Mail written
// already rendered passes through. Rendering is loaded on first use only.
import type { Tx } from "@/lib/db/client";
import { prisma } from "@/lib/db/client";
import type { OutboxEmail } from "@/lib/db/generated/client";

export type RenderedRow = OutboxEmail & { subject: string; text: string };

export function isRendered(row: OutboxEmail): row is RenderedRow {
  return row.subject !== null && row.text !== null;
}

async function renderer() {
  return import("./render-email");
}

/** Renders the row if it is not yet, stores the result (only if nobody stored one meanwhile) and returns it. */
export async function ensureRendered(row: OutboxEmail, db: Pick<Tx, "outboxEmail"> = prisma): Promise<RenderedRow> {
  if (isRendered(row)) return row;
  const { renderStoredEmail } = await renderer();
  const mail = await renderStoredEmail(row);
  await db.outboxEmail.updateMany({ where: { id: row.id, subject: null }, data: mail });
  return { ...row, ...mail };
}

export type ShownMail = { row: OutboxEmail; mail: RenderedRow | null; error: string | null };

/** A page of mail for reading: each rendered (and stored) if it was not yet; a failure is reported per mail. */
export async function renderForReading(rows: OutboxEmail[]): Promise<ShownMail[]> {
  return Promise.all(
    rows.map(async (row) => {
      try {
        return { row, mail: await ensureRendered(row), error: null };
      } catch (error) {
        return { row, mail: null, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}
