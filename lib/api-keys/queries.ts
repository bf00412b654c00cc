import "server-only";
// Reads of Settings › API keys: the brand's keys, newest first, never their secrets.
import { prisma } from "@/lib/db/client";
import { scopeFromDb } from "./scopes";

export async function listApiKeys(brandId: string) {
  const keys = await prisma.apiKey.findMany({
    where: { brandId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return keys.map((k) => ({ ...k, scopes: k.scopes.map(scopeFromDb) }));
}
export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];
