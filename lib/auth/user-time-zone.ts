import "server-only";
// The time zone a user's own account mail shows times in: their (first) brand's for staff, else UTC
// (buyers have no time zone of their own; the mail names the zone either way).
import { prisma } from "@/lib/db/client";

export async function userTimeZone(userId: string): Promise<string> {
  const membership = await prisma.brandMember.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select: { brand: { select: { timeZone: true } } } });
  return membership?.brand.timeZone ?? "UTC";
}
