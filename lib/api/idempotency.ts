import "server-only";
// Idempotency-Key on writes, as in Stripe's API: the first request with a key does the work and
// its answer is stored for 24 hours; the same key with the same request gets that answer again,
// with another request a 422. The key is claimed by inserting its row in the same transaction as
// the work, so a concurrent request with the same key waits on that row and then replays the
// answer: one effect, however many arrive at once. A request that fails rolls back its claim, so
// nothing is stored for it and it may be retried with the same key.
import { createHash, randomUUID } from "node:crypto";
import { prisma, type Tx } from "@/lib/db/client";
import { apiError } from "./errors";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
const KEY = /^[\x21-\x7e]{1,255}$/;

export type StoredAnswer = { status: number; body: unknown };

/** The request's Idempotency-Key header: required on the writes that take one. */
export function idempotencyKeyOf(request: Request): string {
  const key = request.headers.get("idempotency-key")?.trim();
  if (!key) throw apiError(400, "IDEMPOTENCY_KEY_REQUIRED", "api.errors.idempotencyKeyRequired");
  if (!KEY.test(key)) throw apiError(400, "IDEMPOTENCY_KEY_INVALID", "api.errors.idempotencyKeyInvalid");
  return key;
}

/** JSON with object keys sorted, so the same body written differently hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash("sha256").update(`${method} ${path}\n${canonical(body)}`).digest("hex");
}

export async function runIdempotent(
  claim: { apiKeyId: string; key: string; requestHash: string },
  work: (tx: Tx) => Promise<StoredAnswer>,
  now = new Date(),
): Promise<StoredAnswer & { replayed: boolean }> {
  // The key's own expired answers go first (bounded by its traffic of a day).
  await prisma.apiIdempotencyKey.deleteMany({ where: { apiKeyId: claim.apiKeyId, expiresAt: { lte: now } } });
  const expiresAt = new Date(now.getTime() + IDEMPOTENCY_TTL_MS);
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "ApiIdempotencyKey" ("id", "apiKeyId", "key", "requestHash", "status", "response", "createdAt", "expiresAt")
      VALUES (${randomUUID()}, ${claim.apiKeyId}, ${claim.key}, ${claim.requestHash}, 0, '', ${now}, ${expiresAt})
      ON CONFLICT ("apiKeyId", "key") DO UPDATE SET
        "requestHash" = EXCLUDED."requestHash", "status" = 0, "response" = '', "createdAt" = EXCLUDED."createdAt", "expiresAt" = EXCLUDED."expiresAt"
      WHERE "ApiIdempotencyKey"."expiresAt" <= ${now}
      RETURNING "id"`;
    if (claimed.length === 0) {
      const stored = await tx.apiIdempotencyKey.findUniqueOrThrow({ where: { apiKeyId_key: { apiKeyId: claim.apiKeyId, key: claim.key } } });
      if (stored.requestHash !== claim.requestHash) throw apiError(422, "IDEMPOTENCY_KEY_REUSED", "api.errors.idempotencyKeyReused");
      return { status: stored.status, body: JSON.parse(stored.response) as unknown, replayed: true };
    }
    const answer = await work(tx);
    await tx.apiIdempotencyKey.update({ where: { id: claimed[0].id }, data: { status: answer.status, response: JSON.stringify(answer.body) } });
    return { ...answer, replayed: false };
  });
}
