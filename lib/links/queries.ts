import "server-only";
// Reads of the Links menu, each scoped by the signed-in member's brand, plus the lookup by token
// that the public link pages (/l/<token>) use: a deleted link is simply absent, so its URL 404s.
import { prisma } from "@/lib/db/client";
import { readPrisma } from "@/lib/db/replica";
import type { Prisma } from "@/lib/db/generated/client";
import type { OrderLinkType } from "@/lib/db/generated/enums";
import type { PageParams } from "@/lib/pagination/page-params";
import { minimumOrderContext } from "@/lib/settings/queries";
import { minimumOrderRows } from "@/lib/settings/schemas";
import { linkMinimumOrderCurrencies } from "./form-defaults";
import type { LinkFormInput, LinkListFilters, LinkSort } from "./schemas";

const ORDER_BY: Record<LinkSort, Prisma.OrderLinkOrderByWithRelationInput[]> = {
  created_desc: [{ createdAt: "desc" }, { id: "desc" }],
  created_asc: [{ createdAt: "asc" }, { id: "asc" }],
  name_asc: [{ name: "asc" }, { id: "asc" }],
  name_desc: [{ name: "desc" }, { id: "desc" }],
  release_desc: [{ releaseAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  expiration_asc: [{ expiresAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
};

/** One tab of the Links menu: filtered and paginated in SQL (brand + type lead every index). Read on a replica. */
export async function listLinks(brandId: string, type: OrderLinkType, filters: LinkListFilters, page: PageParams) {
  const db = await readPrisma();
  const where: Prisma.OrderLinkWhereInput = {
    brandId,
    type,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q ? { name: { contains: filters.q, mode: "insensitive" } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.orderLink.findMany({
      where,
      orderBy: ORDER_BY[filters.sort],
      skip: page.skip,
      take: page.take,
      select: {
        id: true, name: true, token: true, type: true, status: true, releaseAt: true, expiresAt: true, createdAt: true,
        catalogs: { orderBy: { position: "asc" }, select: { catalog: { select: { id: true, name: true, status: true } } } },
      },
    }),
    db.orderLink.count({ where }),
  ]);
  return { rows: rows.map(({ catalogs, ...link }) => ({ ...link, catalogs: catalogs.map((c) => c.catalog) })), total };
}
export type LinkListRow = Awaited<ReturnType<typeof listLinks>>["rows"][number];

/** Counts per tab, one grouped query. Read on a replica. */
export async function countLinksByType(brandId: string): Promise<Record<OrderLinkType, number>> {
  const groups = await (await readPrisma()).orderLink.groupBy({ by: ["type"], where: { brandId }, _count: { _all: true } });
  const counts: Record<OrderLinkType, number> = { INSTANT: 0, DYNAMIC_BRAND: 0, CUSTOMER: 0 };
  for (const g of groups) counts[g.type] = g._count._all;
  return counts;
}

/** What the form offers: the brand's catalogs, lookbooks and shipping rate groups, and its minimum order value's currencies. */
export async function getLinkFormOptions(brandId: string) {
  const [catalogs, lookbooks, rateGroups, minimumOrder] = await Promise.all([
    prisma.catalog.findMany({ where: { brandId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: { id: true, name: true, status: true, season: true } }),
    prisma.lookbook.findMany({ where: { brandId }, orderBy: [{ name: "asc" }], select: { id: true, name: true, status: true } }),
    prisma.shippingRateGroup.findMany({
      where: { brandId },
      orderBy: [{ currency: "asc" }, { country: "asc" }, { name: "asc" }],
      select: { id: true, name: true, currency: true, country: true, _count: { select: { rates: true } } },
    }),
    minimumOrderContext(brandId),
  ]);
  return {
    catalogs,
    lookbooks,
    rateGroups: rateGroups.map(({ _count, ...g }) => ({ ...g, rateCount: _count.rates })),
    minimumOrder,
  };
}
export type LinkFormOptions = Awaited<ReturnType<typeof getLinkFormOptions>>;

const LINK_DETAIL_INCLUDE = {
  catalogs: { orderBy: { position: "asc" }, include: { catalog: { select: { id: true, name: true, status: true } } } },
  shippingRateGroups: { include: { rateGroup: { select: { id: true, name: true, currency: true, country: true } } } },
  lookbooks: { include: { lookbook: { select: { id: true, name: true, status: true } } } },
  contacts: { orderBy: { position: "asc" } },
} satisfies Prisma.OrderLinkInclude;

/** One link of the brand with its configuration, or null (another brand's id reads as absent). */
export async function getLink(brandId: string, id: string) {
  const link = await prisma.orderLink.findFirst({ where: { id, brandId }, include: LINK_DETAIL_INCLUDE });
  if (!link) return null;
  const fileIds = [link.videoFileId, link.backgroundImageFileId].filter((x): x is string => Boolean(x));
  const files = fileIds.length
    ? await prisma.storedFile.findMany({ where: { brandId, id: { in: fileIds } }, select: { id: true, key: true, originalName: true, contentType: true, size: true } })
    : [];
  const fileOf = (fileId: string | null) => files.find((f) => f.id === fileId) ?? null;
  return { ...link, videoFile: fileOf(link.videoFileId), backgroundImageFile: fileOf(link.backgroundImageFileId) };
}
export type LinkDetail = NonNullable<Awaited<ReturnType<typeof getLink>>>;

/** The stored link as the form's values (the passcode itself is never sent back); `currencies`: the brand's, for the minimum order rows. */
export function linkFormValues(link: LinkDetail, currencies: string[] = []): LinkFormInput {
  return {
    type: link.type,
    name: link.name,
    viewOnly: link.viewOnly,
    offlineBuyerTransition: link.offlineBuyerTransition,
    addressField: link.addressField,
    passcodeEnabled: Boolean(link.passcodeHash),
    passcode: "",
    releaseEnabled: Boolean(link.releaseAt),
    releaseAt: link.releaseAt?.toISOString() ?? "",
    expirationEnabled: Boolean(link.expiresAt),
    expiresAt: link.expiresAt?.toISOString() ?? "",
    catalogIds: link.catalogs.map((c) => c.catalogId),
    description: link.description ?? "",
    paymentMethods: link.paymentMethods,
    shippingRateGroupIds: link.shippingRateGroups.map((g) => g.rateGroupId),
    videoSource: link.videoUrl ? "LINK" : link.videoFileId ? "FILE" : "NONE",
    videoUrl: link.videoUrl ?? "",
    videoFileId: link.videoFileId ?? "",
    backgroundType: link.backgroundType,
    backgroundImageFileId: link.backgroundImageFileId ?? "",
    backgroundVideoUrl: link.backgroundVideoUrl ?? "",
    lookbookIds: link.lookbooks.map((l) => l.lookbookId),
    contacts: link.contacts.map((c) => ({ firstName: c.firstName, lastName: c.lastName, email: c.email ?? "", phone: c.phone ?? "", note: c.note ?? "" })),
    currency: link.currency ?? "",
    language: link.language ?? "",
    discountRate: link.discountRate?.toString() ?? "",
    minimumOrder: minimumOrderRows(link.minimumOrder, linkMinimumOrderCurrencies(link.type, currencies)),
  };
}

/** The audit trail of one link of the brand, newest first. */
export function getLinkHistory(brandId: string, linkId: string) {
  return prisma.auditEvent.findMany({
    where: { brandId, entityType: "OrderLink", entityId: linkId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, action: true, actorLabel: true, fromStatus: true, toStatus: true, createdAt: true },
  });
}

/** The brand's activity log of deleted links (only the audit entry remains of them). */
export async function listDeletedLinkActivity(brandId: string, page: PageParams) {
  const where = { brandId, entityType: "OrderLink", action: "link.delete" };
  const [rows, total] = await Promise.all([
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, entityId: true, actorLabel: true, fromStatus: true, toStatus: true, data: true, createdAt: true },
    }),
    prisma.auditEvent.count({ where }),
  ]);
  return { rows, total };
}

/**
 * The public link pages' lookup: the link with its configuration, or null when no link has this
 * token (never created, or deleted: deleting removes the row), which the page answers with 404.
 * Status, dates and passcode are the caller's to check (VOID is still returned).
 */
export function findLinkByToken(token: string) {
  if (!token || token.length > 64) return Promise.resolve(null);
  return prisma.orderLink.findUnique({ where: { token }, include: LINK_DETAIL_INCLUDE });
}
