import "server-only";
// Brand-specific credentials of a connection (Login with Brand-Specific Credentials on Customer
// Order Links): a unique code, unique within the brand, and a passcode stored only as a hash.
import type { Actor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashSecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { CEILING_KEYS, clearTargetCeiling } from "@/lib/rate-limit/target-ceiling";

const CODE_TAKEN = msg("buyers.errors.uniqueCodeTaken");

export async function setBrandCredentials(input: { brandId: string; buyerId: string; actor: Actor; uniqueCode: string; passcode: string }) {
  const { brandId, buyerId, actor } = input;
  const passcodeHash = await hashSecret(input.passcode);
  try {
    const result = await prisma.$transaction(async (tx) => {
      const connection = await tx.connection.findUnique({ where: { brandId_buyerId: { brandId, buyerId } }, select: { id: true, uniqueCode: true } });
      if (!connection) throw new NotFoundError(msg("buyers.errors.notConnected"));
      const taken = await tx.connection.findFirst({ where: { brandId, uniqueCode: input.uniqueCode, NOT: { id: connection.id } }, select: { id: true } });
      if (taken) throw new AppError("UNIQUE_CODE_TAKEN", CODE_TAKEN, { uniqueCode: CODE_TAKEN });
      await tx.connection.update({ where: { id: connection.id }, data: { uniqueCode: input.uniqueCode, passcodeHash } });
      await recordAudit(tx, {
        brandId, actor, entityType: "Connection", entityId: connection.id, action: "connection.credentials.set",
        data: { previousCode: connection.uniqueCode, uniqueCode: input.uniqueCode },
      });
      return { connectionId: connection.id, uniqueCode: input.uniqueCode };
    });
    // A new passcode: guesses at the old one no longer slow this code down.
    await clearTargetCeiling(CEILING_KEYS.brandCredential(brandId, input.uniqueCode));
    return result;
  } catch (error) {
    // Two staff giving the same code to two buyers at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("UNIQUE_CODE_TAKEN", CODE_TAKEN, { uniqueCode: CODE_TAKEN });
    }
    throw error;
  }
}

/** Removes the credentials: the code and passcode stop working at once. */
export async function resetBrandCredentials(input: { brandId: string; buyerId: string; actor: Actor }) {
  const { brandId, buyerId, actor } = input;
  return prisma.$transaction(async (tx) => {
    const connection = await tx.connection.findUnique({ where: { brandId_buyerId: { brandId, buyerId } }, select: { id: true, uniqueCode: true } });
    if (!connection) throw new NotFoundError(msg("buyers.errors.notConnected"));
    await tx.connection.update({ where: { id: connection.id }, data: { uniqueCode: null, passcodeHash: null } });
    await recordAudit(tx, {
      brandId, actor, entityType: "Connection", entityId: connection.id, action: "connection.credentials.reset",
      data: { previousCode: connection.uniqueCode },
    });
    return { connectionId: connection.id };
  });
}
