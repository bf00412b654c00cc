import "server-only";
// Buyers and connections as the integration API reads them (read only): the buyers connected to
// the key's brand, Connected or Closed, with their trading terms. A buyer with no connection to
// the brand is not found, like any other brand's data.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { afterCursor, decodeCursor, pageOf } from "./cursor";
import type { buyerResource, buyerSummaryResource, connectionResource, Resource } from "./resources";
import type { buyerListQuerySchema } from "./schemas";
import type { z } from "zod";

const connectionSelect = {
  id: true, buyerId: true, status: true, discountRate: true, currency: true, language: true, paymentTerms: true, createdAt: true, updatedAt: true,
  buyer: { select: { id: true, name: true, country: true, ownership: true, contactName: true, email: true, phone: true, createdAt: true } },
} satisfies Prisma.ConnectionSelect;

type ConnectionRow = Prisma.ConnectionGetPayload<{ select: typeof connectionSelect }>;

function termsOf(c: ConnectionRow) {
  return {
    id: c.id, status: c.status, discountRate: Number(c.discountRate), currency: c.currency, language: c.language, paymentTerms: c.paymentTerms,
    createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
  };
}

function connectionOf(c: ConnectionRow): Resource<typeof connectionResource> {
  return { ...termsOf(c), buyerId: c.buyerId, buyerName: c.buyer.name };
}

function buyerOf(c: ConnectionRow): Resource<typeof buyerSummaryResource> {
  const b = c.buyer;
  return { id: b.id, name: b.name, country: b.country, ownership: b.ownership, contactName: b.contactName, email: b.email, phone: b.phone, connection: termsOf(c), createdAt: b.createdAt.toISOString() };
}

async function connectionsPage(brandId: string, query: z.output<typeof buyerListQuerySchema>) {
  const where: Prisma.ConnectionWhereInput = { brandId, ...afterCursor(decodeCursor(query.cursor)), ...(query.status ? { status: query.status } : {}) };
  const rows = await prisma.connection.findMany({ where, select: connectionSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1 });
  return pageOf(rows, query.limit);
}

export async function listBuyersForApi(brandId: string, query: z.output<typeof buyerListQuerySchema>) {
  const page = await connectionsPage(brandId, query);
  return { data: page.rows.map(buyerOf), nextCursor: page.nextCursor };
}

export async function listConnectionsForApi(brandId: string, query: z.output<typeof buyerListQuerySchema>) {
  const page = await connectionsPage(brandId, query);
  return { data: page.rows.map(connectionOf), nextCursor: page.nextCursor };
}

export async function getBuyerForApi(brandId: string, buyerId: string): Promise<Resource<typeof buyerResource>> {
  const connection = await prisma.connection.findUnique({ where: { brandId_buyerId: { brandId, buyerId } }, select: connectionSelect });
  if (!connection) throw new NotFoundError(msg("buyers.errors.notConnected"));
  const addresses = await prisma.buyerAddress.findMany({
    where: { buyerId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: { id: true, label: true, recipientName: true, line1: true, line2: true, city: true, region: true, postalCode: true, country: true, phone: true, isDefault: true },
  });
  return { ...buyerOf(connection), addresses };
}

export async function getConnectionForApi(brandId: string, id: string) {
  const connection = await prisma.connection.findFirst({ where: { id, brandId }, select: connectionSelect });
  if (!connection) throw new NotFoundError(msg("buyers.errors.notConnected"));
  return connectionOf(connection);
}
