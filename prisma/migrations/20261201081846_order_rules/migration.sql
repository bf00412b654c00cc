-- CreateEnum
CREATE TYPE "ProductSaleMode" AS ENUM ('SINGLES', 'PACKS_AND_SINGLES', 'PACKS_ONLY');

-- AlterTable
ALTER TABLE "Brand" ADD COLUMN     "minimumOrder" JSONB;

-- AlterTable
ALTER TABLE "Catalog" ADD COLUMN     "minimumOrder" JSONB;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "buyerNote" TEXT,
ADD COLUMN     "poNumber" TEXT,
ADD COLUMN     "requestedDeliveryFrom" DATE,
ADD COLUMN     "requestedDeliveryTo" DATE;

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "packQuantity" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "OrderLink" ADD COLUMN     "minimumOrder" JSONB;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "maxQuantity" INTEGER,
ADD COLUMN     "minQuantity" INTEGER,
ADD COLUMN     "minQuantityPerSku" INTEGER,
ADD COLUMN     "orderMultiple" INTEGER,
ADD COLUMN     "saleMode" "ProductSaleMode" NOT NULL DEFAULT 'SINGLES';

-- CreateTable
CREATE TABLE "CartPackLine" (
    "cartId" TEXT NOT NULL,
    "prepackId" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "packs" INTEGER NOT NULL,

    CONSTRAINT "CartPackLine_pkey" PRIMARY KEY ("cartId","prepackId","color")
);

-- CreateTable
CREATE TABLE "Prepack" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Prepack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrepackSize" (
    "prepackId" TEXT NOT NULL,
    "size" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PrepackSize_pkey" PRIMARY KEY ("prepackId","size")
);

-- CreateTable
CREATE TABLE "OrderPackLine" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "prepackId" TEXT,
    "productId" TEXT NOT NULL,
    "productCode" TEXT NOT NULL,
    "productName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contents" JSONB NOT NULL,
    "color" TEXT NOT NULL,
    "packs" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrderPackLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CartPackLine_prepackId_idx" ON "CartPackLine"("prepackId");

-- CreateIndex
CREATE INDEX "Prepack_brandId_idx" ON "Prepack"("brandId");

-- CreateIndex
CREATE UNIQUE INDEX "Prepack_productId_name_key" ON "Prepack"("productId", "name");

-- CreateIndex
CREATE INDEX "OrderPackLine_orderId_position_idx" ON "OrderPackLine"("orderId", "position");

-- CreateIndex
CREATE INDEX "OrderPackLine_prepackId_idx" ON "OrderPackLine"("prepackId");

-- CreateIndex
CREATE INDEX "Order_brandId_poNumber_idx" ON "Order"("brandId", "poNumber");

-- AddForeignKey
ALTER TABLE "CartPackLine" ADD CONSTRAINT "CartPackLine_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CartPackLine" ADD CONSTRAINT "CartPackLine_prepackId_fkey" FOREIGN KEY ("prepackId") REFERENCES "Prepack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prepack" ADD CONSTRAINT "Prepack_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prepack" ADD CONSTRAINT "Prepack_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrepackSize" ADD CONSTRAINT "PrepackSize_prepackId_fkey" FOREIGN KEY ("prepackId") REFERENCES "Prepack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderPackLine" ADD CONSTRAINT "OrderPackLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderPackLine" ADD CONSTRAINT "OrderPackLine_prepackId_fkey" FOREIGN KEY ("prepackId") REFERENCES "Prepack"("id") ON DELETE SET NULL ON UPDATE CASCADE;
