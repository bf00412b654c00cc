import "server-only";
// Whom a tripped sign-in ceiling is told about (lib/rate-limit/target-ceiling.ts), by e-mail
// through the outbox: an account's own user; a link passcode's creator while still a member of
// the brand, else the brand's Owners; an offline-buyer login's or a brand-specific credential's
// brand Owners. Each in the recipient's language, or else the brand's.
import { prisma } from "@/lib/db/client";
import type { Language } from "@/lib/db/generated/enums";
import { enqueueEmail, recipientLocale } from "@/lib/mail/outbox";
import { mailAppUrl } from "@/lib/mail/app-url";
import type { EmailTemplates } from "@/lib/mail/templates";

type Notice = Omit<EmailTemplates["signInThrottled"], "brandName" | "timeZone" | "at">;

async function brandOwners(brandId: string) {
  return prisma.user.findMany({ where: { brandMemberships: { some: { brandId, role: "OWNER" } } }, select: { email: true, language: true } });
}

async function send(brand: { id: string; name: string; timeZone: string; language: Language } | null, to: { email: string; language: Language | null }[], notice: Notice) {
  const at = new Date().toISOString();
  for (const recipient of to) {
    await enqueueEmail(prisma, {
      brandId: brand?.id ?? null,
      to: recipient.email,
      locale: recipientLocale(recipient.language, brand?.language),
      template: "signInThrottled",
      data: { ...notice, brandName: brand?.name ?? null, timeZone: brand?.timeZone ?? "UTC", at },
    });
  }
}

/** The account of this e-mail, when there is one: its user. */
export async function noticeAccountThrottled(email: string, failures: number) {
  const user = await prisma.user.findUnique({ where: { email }, select: { email: true, language: true } });
  if (!user) return;
  await send(null, [user], { target: "ACCOUNT", subject: user.email, buyerName: null, failures, actionUrl: `${await mailAppUrl()}/forgot-password` });
}

export async function noticeLinkPasscodeThrottled(linkId: string, failures: number) {
  const link = await prisma.orderLink.findUnique({ where: { id: linkId }, select: { id: true, name: true, createdById: true, brand: { select: { id: true, name: true, timeZone: true, language: true } } } });
  if (!link) return;
  const creator = link.createdById
    ? await prisma.user.findFirst({ where: { id: link.createdById, brandMemberships: { some: { brandId: link.brand.id } } }, select: { email: true, language: true } })
    : null;
  await send(link.brand, creator ? [creator] : await brandOwners(link.brand.id), {
    target: "LINK_PASSCODE", subject: link.name, buyerName: null, failures, actionUrl: `${await mailAppUrl()}/admin/links/${link.id}`,
  });
}

export async function noticeOfflineLoginThrottled(brandId: string, loginEmail: string, failures: number) {
  const brand = await prisma.brand.findUnique({ where: { id: brandId }, select: { id: true, name: true, timeZone: true, language: true } });
  if (!brand) return;
  const buyer = await prisma.buyer.findFirst({ where: { ownerBrandId: brandId, linkLoginEmail: { equals: loginEmail, mode: "insensitive" } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  if (!buyer) return;
  await send(brand, await brandOwners(brandId), {
    target: "OFFLINE_LOGIN", subject: loginEmail, buyerName: buyer.name, failures, actionUrl: `${await mailAppUrl()}/admin/buyers/${buyer.id}`,
  });
}

export async function noticeBrandCredentialThrottled(brandId: string, uniqueCode: string, failures: number) {
  const connection = await prisma.connection.findUnique({
    where: { brandId_uniqueCode: { brandId, uniqueCode } },
    select: { buyer: { select: { id: true, name: true } }, brand: { select: { id: true, name: true, timeZone: true, language: true } } },
  });
  if (!connection) return;
  await send(connection.brand, await brandOwners(brandId), {
    target: "BRAND_CREDENTIALS", subject: uniqueCode, buyerName: connection.buyer.name, failures, actionUrl: `${await mailAppUrl()}/admin/buyers/${connection.buyer.id}`,
  });
}
