-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "ocRevision" INTEGER NOT NULL DEFAULT 0;
