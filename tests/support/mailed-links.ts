// Tokens as their recipients get them: the database keeps only their hashes, so tests read the
// token from the link in the mail the outbox holds (rendered as it is sent).
import type { Prisma } from "@/lib/db/generated/client";
import { renderedMail } from "./outbox";

/** The token of the `/path/<token>` link in the newest matching mail. */
export async function mailedToken(where: Prisma.OutboxEmailWhereInput, path: string): Promise<string> {
  const mail = await renderedMail(where);
  const found = new RegExp(`${path.replace(/[/]/g, "\\/")}\\/([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!found) throw new Error(`No ${path}/<token> link in the mail "${mail.subject}"`);
  return found[1];
}
