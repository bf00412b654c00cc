-- DropIndex
DROP INDEX "Order_brandId_createdAt_idx";

-- DropIndex
DROP INDEX "Order_brandId_releaseStatus_createdAt_idx";

-- DropIndex
DROP INDEX "Order_brandId_status_createdAt_idx";

-- CreateIndex
CREATE INDEX "Order_brandId_createdAt_id_idx" ON "Order"("brandId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Order_brandId_status_createdAt_id_idx" ON "Order"("brandId", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Order_brandId_releaseStatus_createdAt_id_shipCountry_idx" ON "Order"("brandId", "releaseStatus", "createdAt" DESC, "id" DESC, "shipCountry");
