import "server-only";
// Settings › Staff › a member's security log: the brand's Owner sees the sign-ins and password
// changes of its staff. Anyone else, and any member id that is not the brand's, gets not found.
import type { BrandContext } from "@/lib/auth/context";
import { securityLogOf } from "@/lib/auth/security-log";
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/app-error";

export async function memberSecurityLog(ctx: BrandContext, memberId: string, page: { skip: number; take: number }) {
  if (ctx.role !== "OWNER") throw new NotFoundError();
  const member = await prisma.brandMember.findFirst({ where: { id: memberId, brandId: ctx.brand.id }, select: { user: { select: { id: true, name: true, email: true } } } });
  if (!member) throw new NotFoundError();
  return { member: member.user, log: await securityLogOf(member.user.id, page) };
}
