import "server-only";
// Reads of the Buyers menu. Every query starts from the brand's connections, so a buyer that is
// not connected to the signed-in brand (any status) is simply not found.
import { prisma } from "@/lib/db/client";
import { readPrisma } from "@/lib/db/replica";
import { buyerInvitationExpired } from "./invitation-validity";
import type { Prisma } from "@/lib/db/generated/client";
import type { PageParams } from "@/lib/pagination/page-params";
import type { BuyerSearch } from "./schemas";

/** Connected Buyers tab: filtered in SQL, newest connection first, one page at a time. Read on a replica. */
export async function searchConnections(brandId: string, search: BuyerSearch, page: PageParams) {
  const db = await readPrisma();
  const buyer: Prisma.BuyerWhereInput = {};
  if (search.name) buyer.name = { contains: search.name, mode: "insensitive" };
  if (search.email) {
    buyer.OR = [
      { email: { contains: search.email, mode: "insensitive" } },
      { linkLoginEmail: { contains: search.email, mode: "insensitive" } },
    ];
  }
  if (search.country) buyer.country = search.country;
  if (search.ownership) buyer.ownership = search.ownership;
  const where: Prisma.ConnectionWhereInput = {
    brandId,
    status: search.status,
    ...(search.currency ? { currency: search.currency } : {}),
    ...(Object.keys(buyer).length ? { buyer } : {}),
  };
  const [total, rows] = await Promise.all([
    db.connection.count({ where }),
    db.connection.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true, status: true, currency: true, discountRate: true, paymentTerms: true, createdAt: true,
        buyer: { select: { id: true, name: true, country: true, ownership: true, email: true, contactName: true } },
      },
    }),
  ]);
  return { total, rows };
}

/** A buyer seen by one brand: details, addresses and that brand's connection. Null if not connected. */
export async function getBuyerForBrand(brandId: string, buyerId: string) {
  const connection = await prisma.connection.findUnique({
    where: { brandId_buyerId: { brandId, buyerId } },
    select: {
      id: true, status: true, discountRate: true, currency: true, language: true, paymentTerms: true, uniqueCode: true,
      passcodeHash: true, createdAt: true, updatedAt: true,
      buyer: {
        select: {
          id: true, name: true, country: true, ownership: true, ownerBrandId: true, contactName: true, email: true, phone: true,
          linkLoginEmail: true, linkLoginPasswordHash: true, createdAt: true,
          addresses: { orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] },
        },
      },
    },
  });
  if (!connection) return null;
  const { passcodeHash, buyer, ...rest } = connection;
  const { linkLoginPasswordHash, ...buyerRest } = buyer;
  // Hashes never leave the server; the page only needs to know whether one is set.
  return {
    connection: { ...rest, discountRate: Number(rest.discountRate), hasPasscode: Boolean(passcodeHash) },
    buyer: { ...buyerRest, hasLinkLoginPassword: Boolean(linkLoginPasswordHash), managedByThisBrand: buyer.ownerBrandId === brandId },
  };
}

/** Orders of one buyer with this brand, newest first. */
export async function listBuyerOrdersForBrand(brandId: string, buyerId: string, page: PageParams) {
  const where = { brandId, buyerId };
  const [total, rows] = await Promise.all([
    prisma.order.count({ where }),
    prisma.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, number: true, status: true, releaseStatus: true, currency: true, total: true, createdAt: true, source: true },
    }),
  ]);
  return { total, rows };
}

/** Connection history of one buyer with this brand (Disconnect / Reconnect / terms changes). */
export async function listConnectionHistory(brandId: string, connectionId: string) {
  return prisma.auditEvent.findMany({
    where: { brandId, entityType: "Connection", entityId: connectionId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, action: true, actorLabel: true, fromStatus: true, toStatus: true, createdAt: true },
  });
}

/** Invitations tab: pending first, newest first. */
export async function listInvitations(brandId: string, page: PageParams) {
  const where = { brandId };
  const [total, rows] = await Promise.all([
    prisma.connectionInvitation.count({ where }),
    prisma.connectionInvitation.findMany({
      where,
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, email: true, status: true, currency: true, discountRate: true, language: true, createdAt: true, acceptedAt: true, buyer: { select: { name: true } } },
    }),
  ]);
  const now = new Date();
  return { total, rows: rows.map((row) => ({ ...row, expired: row.status === "PENDING" && buyerInvitationExpired(row.createdAt, now) })) };
}
