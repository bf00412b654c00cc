-- Order Management's PO No. search matches a prefix (LIKE 'PO-12%'). With the default operator
-- class PostgreSQL answers that as a range only under the "C" collation, so the index compares
-- character by character (text_pattern_ops), which serves equality and prefixes under any collation.
-- Prisma does not keep an operator class on a btree index: schema.prisma lists it plain.

-- DropIndex
DROP INDEX "Order_brandId_poNumber_idx";

-- CreateIndex
CREATE INDEX "Order_brandId_poNumber_idx" ON "Order"("brandId", "poNumber" text_pattern_ops);
