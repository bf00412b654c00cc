-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "data" JSONB,
ADD COLUMN     "locale" TEXT,
ADD COLUMN     "template" TEXT,
ALTER COLUMN "subject" DROP NOT NULL,
ALTER COLUMN "text" DROP NOT NULL;
