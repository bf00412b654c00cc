// Outbox mail as its recipient reads it: the row rendered (and stored) the way delivery and the
// Mailbox page render it.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ensureRendered, type RenderedRow } from "@/lib/mail/rendered";

/** The newest matching mail, rendered. */
export async function renderedMail(where: Prisma.OutboxEmailWhereInput): Promise<RenderedRow> {
  return ensureRendered(await prisma.outboxEmail.findFirstOrThrow({ where, orderBy: { createdAt: "desc" } }));
}

/** Every matching mail, rendered, in the given order (default: by recipient). */
export async function renderedMails(where: Prisma.OutboxEmailWhereInput, orderBy: Prisma.OutboxEmailOrderByWithRelationInput = { to: "asc" }): Promise<RenderedRow[]> {
  return Promise.all((await prisma.outboxEmail.findMany({ where, orderBy })).map((row) => ensureRendered(row)));
}
