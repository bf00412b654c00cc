-- AlterTable
ALTER TABLE "Brand" ADD COLUMN     "language" "Language" NOT NULL DEFAULT 'EN',
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "language" "Language";

-- Existing brands take the language and time zone of their home country
UPDATE "Brand" SET "language" = 'JA', "timeZone" = 'Asia/Tokyo' WHERE "homeCountry" = 'JP';
UPDATE "Brand" SET "timeZone" = 'America/New_York' WHERE "homeCountry" = 'US';
