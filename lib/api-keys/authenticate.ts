import "server-only";
// Finds the active key of a request's bearer token (by the token's SHA-256) with its brand, and
// notes when it was last used: at most one write a minute per key, decided from the row just read,
// so most requests write nothing.
import { prisma } from "@/lib/db/client";
import type { BrandContext } from "@/lib/auth/context";
import { scopeFromDb, type ApiScopeName } from "./scopes";
import { hashApiKeySecret, looksLikeApiKey } from "./secret";

export const LAST_USED_EVERY_MS = 60_000;

export type ApiKeyIdentity = { id: string; name: string; scopes: ApiScopeName[]; brand: BrandContext["brand"] };

/** The key behind `Authorization: Bearer <secret>`, or null (absent, malformed, unknown or revoked). */
export async function authenticateApiKey(authorization: string | null, now = new Date()): Promise<ApiKeyIdentity | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match || !looksLikeApiKey(match[1])) return null;
  const key = await prisma.apiKey.findUnique({ where: { secretHash: hashApiKeySecret(match[1]) }, include: { brand: true } });
  if (!key || key.revokedAt) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_EVERY_MS) {
    // Guarded too: of many instances noticing at once, one writes.
    await prisma.apiKey.updateMany({ where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_EVERY_MS) } }] }, data: { lastUsedAt: now } });
  }
  // The brand row has every field of a member's brand context (and more): the same shape for the domain functions.
  return { id: key.id, name: key.name, scopes: key.scopes.map(scopeFromDb), brand: key.brand };
}
