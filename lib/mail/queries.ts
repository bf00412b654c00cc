import "server-only";
// Reads of the dev Mailbox page: a brand's outgoing mail, newest first.
import { prisma } from "@/lib/db/client";

export async function listBrandMail(brandId: string, page: { skip: number; take: number }) {
  const [mails, total] = await Promise.all([
    prisma.outboxEmail.findMany({ where: { brandId }, orderBy: { createdAt: "desc" }, skip: page.skip, take: page.take }),
    prisma.outboxEmail.count({ where: { brandId } }),
  ]);
  return { mails, total };
}
