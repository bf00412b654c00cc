import "server-only";
// Serializes transactions over one key until they commit, for "check, then insert" writes that no
// unique index can guard (e.g. one pending invitation per e-mail): the second transaction waits,
// then its check sees what the first committed.
import type { Tx } from "./client";

export async function lockForTransaction(tx: Pick<Tx, "$executeRaw">, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}
