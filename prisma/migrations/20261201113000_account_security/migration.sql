-- CreateEnum
CREATE TYPE "PasswordTokenPurpose" AS ENUM ('RESET', 'SETUP');

-- CreateEnum
CREATE TYPE "SecurityEventType" AS ENUM ('SIGN_IN', 'SIGN_IN_FAILED', 'PASSWORD_CHANGED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'SESSIONS_REVOKED', 'TWO_FACTOR_ENABLED', 'TWO_FACTOR_DISABLED', 'RECOVERY_CODE_USED', 'RECOVERY_CODES_RENEWED', 'TWO_FACTOR_FAILED');

-- Invitation tokens are kept as the hex SHA-256 of their UTF-8 text (lib/auth/secret-token.ts),
-- so invitations already mailed keep working: the token in their link hashes to the stored value.
-- DropIndex
DROP INDEX "ConnectionInvitation_token_key";

-- DropIndex
DROP INDEX "StaffInvitation_token_key";

-- AlterTable
ALTER TABLE "ConnectionInvitation" ADD COLUMN "tokenHash" TEXT;
UPDATE "ConnectionInvitation" SET "tokenHash" = encode(sha256(convert_to("token", 'UTF8')), 'hex');
ALTER TABLE "ConnectionInvitation" ALTER COLUMN "tokenHash" SET NOT NULL, DROP COLUMN "token";

-- AlterTable
ALTER TABLE "StaffInvitation" ADD COLUMN "tokenHash" TEXT;
UPDATE "StaffInvitation" SET "tokenHash" = encode(sha256(convert_to("token", 'UTF8')), 'hex');
ALTER TABLE "StaffInvitation" ALTER COLUMN "tokenHash" SET NOT NULL, DROP COLUMN "token";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PasswordToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "PasswordTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" "SecurityEventType" NOT NULL,
    "clientAddress" TEXT NOT NULL,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoworkerInvitation" (
    "id" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "invitedById" TEXT,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),

    CONSTRAINT "CoworkerInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FailureCeiling" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),
    "notifiedAt" TIMESTAMP(3),

    CONSTRAINT "FailureCeiling_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "PasswordToken_tokenHash_key" ON "PasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordToken_userId_usedAt_idx" ON "PasswordToken"("userId", "usedAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_userId_createdAt_idx" ON "SecurityEvent"("userId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CoworkerInvitation_tokenHash_key" ON "CoworkerInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "CoworkerInvitation_buyerId_email_idx" ON "CoworkerInvitation"("buyerId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectionInvitation_tokenHash_key" ON "ConnectionInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_tokenHash_key" ON "StaffInvitation"("tokenHash");

-- AddForeignKey
ALTER TABLE "PasswordToken" ADD CONSTRAINT "PasswordToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecurityEvent" ADD CONSTRAINT "SecurityEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoworkerInvitation" ADD CONSTRAINT "CoworkerInvitation_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Buyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
