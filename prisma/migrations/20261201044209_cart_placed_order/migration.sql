-- The order that emptied a cart at checkout, so a checkout sent from a stale tab can point to it
-- AlterTable
ALTER TABLE "Cart" ADD COLUMN     "placedOrderId" TEXT;

-- CreateIndex
CREATE INDEX "Cart_placedOrderId_idx" ON "Cart"("placedOrderId");

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_placedOrderId_fkey" FOREIGN KEY ("placedOrderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
