-- A guest order that typed an existing buyer's e-mail is held as a guest order matching that
-- buyer until the address owner (e-mailed token, stored hashed) or brand staff confirm the match
-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "matchConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "matchTokenExpiresAt" TIMESTAMP(3),
ADD COLUMN     "matchTokenHash" TEXT,
ADD COLUMN     "matchedBuyerId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Order_matchTokenHash_key" ON "Order"("matchTokenHash");

-- CreateIndex
CREATE INDEX "Order_matchedBuyerId_idx" ON "Order"("matchedBuyerId");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_matchedBuyerId_fkey" FOREIGN KEY ("matchedBuyerId") REFERENCES "Buyer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
