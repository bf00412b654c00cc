-- Trigram indexes for the "contains" searches over large tables. pg_trgm ships with PostgreSQL's
-- contrib modules and is a trusted extension, and lib/db/pglite.ts loads it into PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Buyer_name_trgm_idx" ON "Buyer" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Product_name_trgm_idx" ON "Product" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Sku_code_trgm_idx" ON "Sku" USING GIN ("code" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OrderLink_name_trgm_idx" ON "OrderLink" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Order_sourceLinkName_trgm_idx" ON "Order" USING GIN ("sourceLinkName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Order_contactEmail_trgm_idx" ON "Order" USING GIN ("contactEmail" gin_trgm_ops);
