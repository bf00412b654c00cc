-- CreateEnum
CREATE TYPE "BrandRole" AS ENUM ('OWNER', 'ADMIN', 'STAFF', 'OPS');

-- CreateEnum
CREATE TYPE "BuyerMemberRole" AS ENUM ('OWNER', 'MEMBER');

-- CreateEnum
CREATE TYPE "BuyerOwnership" AS ENUM ('CUSTOMER_OWNED', 'OFFLINE');

-- CreateEnum
CREATE TYPE "ConnectionStatus" AS ENUM ('CONNECTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REVOKED');

-- CreateEnum
CREATE TYPE "CatalogStatus" AS ENUM ('OPEN', 'LIMITED', 'CLOSED');

-- CreateEnum
CREATE TYPE "LookbookStatus" AS ENUM ('PUBLIC', 'DRAFT');

-- CreateEnum
CREATE TYPE "OrderLinkType" AS ENUM ('INSTANT', 'DYNAMIC_BRAND', 'CUSTOMER');

-- CreateEnum
CREATE TYPE "OrderLinkStatus" AS ENUM ('OPEN', 'VOID');

-- CreateEnum
CREATE TYPE "AddressFieldSetting" AS ENUM ('SHOW', 'HIDE');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('PAY_OUTSIDE_APP', 'STRIPE_CARD');

-- CreateEnum
CREATE TYPE "BackgroundMediaType" AS ENUM ('EMPTY', 'IMAGE', 'VIDEO');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('EN', 'JA');

-- CreateEnum
CREATE TYPE "OrderSource" AS ENUM ('ORDER_LINK', 'STANDARD_ORDER');

-- CreateEnum
CREATE TYPE "OrderPlacedVia" AS ENUM ('GUEST', 'USER_ACCOUNT', 'OFFLINE_BUYER', 'BRAND_CREDENTIALS');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('PLEASE_CREATE_OC', 'OC_CREATED', 'OC_APPROVED', 'OC_CONFIRMED', 'OC_CONFIRMED_UNDELIVERED', 'ORDER_REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReleaseStatus" AS ENUM ('NOT_YET_RELEASED', 'FAILED_TO_RELEASE', 'PREPARING_PRODUCT', 'PARTIALLY_SHIPPED', 'SHIPPED');

-- CreateEnum
CREATE TYPE "ReleaseFailureReason" AS ENUM ('ALREADY_CANCELLED', 'ADDRESS_INCORRECT', 'NO_DELIVERY_NAME', 'STOCK_SHORT');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('OUTSIDE_APP', 'AWAITING_PAYMENT', 'PAID', 'FAILED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Brand" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "homeCountry" TEXT NOT NULL,
    "defaultCurrency" TEXT NOT NULL,
    "stripeEnabled" BOOLEAN NOT NULL DEFAULT false,
    "nextEngineEnabled" BOOLEAN NOT NULL DEFAULT false,
    "lastOrderNumber" INTEGER NOT NULL DEFAULT 0,
    "orderPrefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Brand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandMember" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "BrandRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BrandMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffInvitation" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "BrandRole" NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),

    CONSTRAINT "StaffInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Buyer" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "ownership" "BuyerOwnership" NOT NULL,
    "ownerBrandId" TEXT,
    "contactName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "linkLoginEmail" TEXT,
    "linkLoginPasswordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Buyer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuyerMember" (
    "id" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "BuyerMemberRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BuyerMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuyerAddress" (
    "id" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "label" TEXT,
    "recipientName" TEXT NOT NULL,
    "line1" TEXT NOT NULL,
    "line2" TEXT,
    "city" TEXT NOT NULL,
    "region" TEXT,
    "postalCode" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "phone" TEXT,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BuyerAddress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Connection" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "status" "ConnectionStatus" NOT NULL DEFAULT 'CONNECTED',
    "discountRate" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'EN',
    "paymentTerms" TEXT,
    "uniqueCode" TEXT,
    "passcodeHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConnectionInvitation" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "buyerId" TEXT,
    "token" TEXT NOT NULL,
    "status" "InvitationStatus" NOT NULL DEFAULT 'PENDING',
    "discountRate" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'EN',
    "paymentTerms" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),

    CONSTRAINT "ConnectionInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Catalog" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "season" TEXT,
    "status" "CatalogStatus" NOT NULL DEFAULT 'OPEN',
    "publicationDate" TIMESTAMP(3),
    "orderDeadline" TIMESTAMP(3),
    "discountRate" DECIMAL(5,2),
    "addressField" "AddressFieldSetting" NOT NULL DEFAULT 'SHOW',
    "paymentMethods" "PaymentMethod"[] DEFAULT ARRAY['PAY_OUTSIDE_APP']::"PaymentMethod"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Catalog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogBuyerAccess" (
    "catalogId" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,

    CONSTRAINT "CatalogBuyerAccess_pkey" PRIMARY KEY ("catalogId","buyerId")
);

-- CreateTable
CREATE TABLE "CatalogShippingRateGroup" (
    "catalogId" TEXT NOT NULL,
    "rateGroupId" TEXT NOT NULL,

    CONSTRAINT "CatalogShippingRateGroup_pkey" PRIMARY KEY ("catalogId","rateGroupId")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "productCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "deliveryName" TEXT,
    "discountRate" DECIMAL(5,2),
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductImage" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProductImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sku" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "size" TEXT NOT NULL,
    "stockQuantity" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sku_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkuPrice" (
    "skuId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "wholesalePrice" INTEGER NOT NULL,
    "retailPrice" INTEGER,

    CONSTRAINT "SkuPrice_pkey" PRIMARY KEY ("skuId","currency")
);

-- CreateTable
CREATE TABLE "StockMovement" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "orderId" TEXT,
    "actorUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogProduct" (
    "id" TEXT NOT NULL,
    "catalogId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "discountRate" DECIMAL(5,2),
    "deliveryDate" TIMESTAMP(3),

    CONSTRAINT "CatalogProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lookbook" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "LookbookStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lookbook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LookbookImage" (
    "id" TEXT NOT NULL,
    "lookbookId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "caption" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LookbookImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LookbookImageProduct" (
    "imageId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,

    CONSTRAINT "LookbookImageProduct_pkey" PRIMARY KEY ("imageId","productId")
);

-- CreateTable
CREATE TABLE "ShippingRateGroup" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "country" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShippingRateGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShippingRate" (
    "id" TEXT NOT NULL,
    "rateGroupId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "minAmount" INTEGER,
    "maxAmount" INTEGER,
    "fee" INTEGER NOT NULL,

    CONSTRAINT "ShippingRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "originalName" TEXT NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLink" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "type" "OrderLinkType" NOT NULL,
    "token" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "OrderLinkStatus" NOT NULL DEFAULT 'OPEN',
    "viewOnly" BOOLEAN NOT NULL DEFAULT false,
    "passcodeHash" TEXT,
    "releaseAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "addressField" "AddressFieldSetting" NOT NULL DEFAULT 'SHOW',
    "paymentMethods" "PaymentMethod"[] DEFAULT ARRAY['PAY_OUTSIDE_APP']::"PaymentMethod"[],
    "offlineBuyerTransition" BOOLEAN NOT NULL DEFAULT false,
    "videoUrl" TEXT,
    "videoFileId" TEXT,
    "backgroundType" "BackgroundMediaType" NOT NULL DEFAULT 'EMPTY',
    "backgroundImageFileId" TEXT,
    "backgroundVideoUrl" TEXT,
    "currency" TEXT,
    "language" "Language",
    "discountRate" DECIMAL(5,2),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrderLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLinkCatalog" (
    "linkId" TEXT NOT NULL,
    "catalogId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrderLinkCatalog_pkey" PRIMARY KEY ("linkId","catalogId")
);

-- CreateTable
CREATE TABLE "OrderLinkShippingRateGroup" (
    "linkId" TEXT NOT NULL,
    "rateGroupId" TEXT NOT NULL,

    CONSTRAINT "OrderLinkShippingRateGroup_pkey" PRIMARY KEY ("linkId","rateGroupId")
);

-- CreateTable
CREATE TABLE "OrderLinkLookbook" (
    "linkId" TEXT NOT NULL,
    "lookbookId" TEXT NOT NULL,

    CONSTRAINT "OrderLinkLookbook_pkey" PRIMARY KEY ("linkId","lookbookId")
);

-- CreateTable
CREATE TABLE "OrderLinkContact" (
    "id" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrderLinkContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "ownerKey" TEXT NOT NULL,
    "linkId" TEXT,
    "buyerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CartLine" (
    "cartId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "CartLine_pkey" PRIMARY KEY ("cartId","skuId")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "source" "OrderSource" NOT NULL,
    "sourceLinkId" TEXT,
    "sourceLinkName" TEXT,
    "placedVia" "OrderPlacedVia" NOT NULL,
    "placedByUserId" TEXT,
    "placedByLabel" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'EN',
    "subtotal" INTEGER NOT NULL,
    "shippingFee" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT,
    "shipRecipient" TEXT,
    "shipLine1" TEXT,
    "shipLine2" TEXT,
    "shipCity" TEXT,
    "shipRegion" TEXT,
    "shipPostalCode" TEXT,
    "shipPhone" TEXT,
    "shipCountry" TEXT NOT NULL,
    "shippingRateGroupId" TEXT,
    "shippingOptionName" TEXT,
    "shippingRequestNote" TEXT,
    "paymentMethod" "PaymentMethod" NOT NULL,
    "paymentStatus" "PaymentStatus" NOT NULL,
    "stripeCheckoutSessionId" TEXT,
    "status" "OrderStatus" NOT NULL DEFAULT 'PLEASE_CREATE_OC',
    "releaseStatus" "ReleaseStatus",
    "releaseFailureReason" "ReleaseFailureReason",
    "releaseFailureDetail" TEXT,
    "releasedAt" TIMESTAMP(3),
    "ocSentAt" TIMESTAMP(3),
    "ocApprovedAt" TIMESTAMP(3),
    "ocConfirmedAt" TIMESTAMP(3),
    "rejectedReason" TEXT,
    "cancelledReason" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "approvalToken" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "productCode" TEXT NOT NULL,
    "productName" TEXT NOT NULL,
    "skuCode" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "size" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "lineTotal" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderTag" (
    "orderId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    CONSTRAINT "OrderTag_pkey" PRIMARY KEY ("orderId","tagId")
);

-- CreateTable
CREATE TABLE "DeliveryNote" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryNoteLine" (
    "deliveryNoteId" TEXT NOT NULL,
    "orderLineId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "DeliveryNoteLine_pkey" PRIMARY KEY ("deliveryNoteId","orderLineId")
);

-- CreateTable
CREATE TABLE "UndeliveredSku" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderLineId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UndeliveredSku_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "brandId" TEXT,
    "actorUserId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "brandId" TEXT,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ProcessedStripeEvent" (
    "id" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedStripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Brand_slug_key" ON "Brand"("slug");

-- CreateIndex
CREATE INDEX "BrandMember_userId_idx" ON "BrandMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BrandMember_brandId_userId_key" ON "BrandMember"("brandId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_token_key" ON "StaffInvitation"("token");

-- CreateIndex
CREATE INDEX "StaffInvitation_brandId_createdAt_idx" ON "StaffInvitation"("brandId", "createdAt");

-- CreateIndex
CREATE INDEX "Buyer_ownerBrandId_createdAt_idx" ON "Buyer"("ownerBrandId", "createdAt");

-- CreateIndex
CREATE INDEX "Buyer_linkLoginEmail_idx" ON "Buyer"("linkLoginEmail");

-- CreateIndex
CREATE INDEX "Buyer_email_idx" ON "Buyer"("email");

-- CreateIndex
CREATE INDEX "BuyerMember_userId_idx" ON "BuyerMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BuyerMember_buyerId_userId_key" ON "BuyerMember"("buyerId", "userId");

-- CreateIndex
CREATE INDEX "BuyerAddress_buyerId_idx" ON "BuyerAddress"("buyerId");

-- CreateIndex
CREATE INDEX "Connection_brandId_status_createdAt_idx" ON "Connection"("brandId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Connection_buyerId_status_idx" ON "Connection"("buyerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Connection_brandId_buyerId_key" ON "Connection"("brandId", "buyerId");

-- CreateIndex
CREATE UNIQUE INDEX "Connection_brandId_uniqueCode_key" ON "Connection"("brandId", "uniqueCode");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectionInvitation_token_key" ON "ConnectionInvitation"("token");

-- CreateIndex
CREATE INDEX "ConnectionInvitation_brandId_status_createdAt_idx" ON "ConnectionInvitation"("brandId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ConnectionInvitation_email_idx" ON "ConnectionInvitation"("email");

-- CreateIndex
CREATE INDEX "Catalog_brandId_status_createdAt_idx" ON "Catalog"("brandId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "CatalogBuyerAccess_buyerId_idx" ON "CatalogBuyerAccess"("buyerId");

-- CreateIndex
CREATE INDEX "Product_brandId_name_idx" ON "Product"("brandId", "name");

-- CreateIndex
CREATE INDEX "Product_brandId_createdAt_idx" ON "Product"("brandId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Product_brandId_productCode_key" ON "Product"("brandId", "productCode");

-- CreateIndex
CREATE INDEX "ProductImage_productId_position_idx" ON "ProductImage"("productId", "position");

-- CreateIndex
CREATE INDEX "Sku_productId_position_idx" ON "Sku"("productId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Sku_brandId_code_key" ON "Sku"("brandId", "code");

-- CreateIndex
CREATE INDEX "StockMovement_skuId_createdAt_idx" ON "StockMovement"("skuId", "createdAt");

-- CreateIndex
CREATE INDEX "StockMovement_brandId_createdAt_idx" ON "StockMovement"("brandId", "createdAt");

-- CreateIndex
CREATE INDEX "CatalogProduct_catalogId_position_idx" ON "CatalogProduct"("catalogId", "position");

-- CreateIndex
CREATE INDEX "CatalogProduct_productId_idx" ON "CatalogProduct"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogProduct_catalogId_productId_key" ON "CatalogProduct"("catalogId", "productId");

-- CreateIndex
CREATE INDEX "Lookbook_brandId_status_createdAt_idx" ON "Lookbook"("brandId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "LookbookImage_lookbookId_position_idx" ON "LookbookImage"("lookbookId", "position");

-- CreateIndex
CREATE INDEX "ShippingRateGroup_brandId_currency_country_idx" ON "ShippingRateGroup"("brandId", "currency", "country");

-- CreateIndex
CREATE INDEX "ShippingRate_rateGroupId_idx" ON "ShippingRate"("rateGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_brandId_name_key" ON "Tag"("brandId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_key_key" ON "StoredFile"("key");

-- CreateIndex
CREATE INDEX "StoredFile_brandId_createdAt_idx" ON "StoredFile"("brandId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OrderLink_token_key" ON "OrderLink"("token");

-- CreateIndex
CREATE INDEX "OrderLink_brandId_type_status_createdAt_idx" ON "OrderLink"("brandId", "type", "status", "createdAt");

-- CreateIndex
CREATE INDEX "OrderLink_brandId_type_createdAt_idx" ON "OrderLink"("brandId", "type", "createdAt");

-- CreateIndex
CREATE INDEX "OrderLink_brandId_type_name_idx" ON "OrderLink"("brandId", "type", "name");

-- CreateIndex
CREATE INDEX "OrderLinkCatalog_catalogId_idx" ON "OrderLinkCatalog"("catalogId");

-- CreateIndex
CREATE INDEX "OrderLinkContact_linkId_position_idx" ON "OrderLinkContact"("linkId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_ownerKey_brandId_key" ON "Cart"("ownerKey", "brandId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_idempotencyKey_key" ON "Order"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Order_stripeCheckoutSessionId_key" ON "Order"("stripeCheckoutSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_approvalToken_key" ON "Order"("approvalToken");

-- CreateIndex
CREATE INDEX "Order_brandId_createdAt_idx" ON "Order"("brandId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Order_brandId_status_createdAt_idx" ON "Order"("brandId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Order_brandId_releaseStatus_createdAt_idx" ON "Order"("brandId", "releaseStatus", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Order_buyerId_createdAt_idx" ON "Order"("buyerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Order_brandId_contactEmail_idx" ON "Order"("brandId", "contactEmail");

-- CreateIndex
CREATE INDEX "Order_sourceLinkId_idx" ON "Order"("sourceLinkId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_brandId_number_key" ON "Order"("brandId", "number");

-- CreateIndex
CREATE INDEX "OrderLine_orderId_position_idx" ON "OrderLine"("orderId", "position");

-- CreateIndex
CREATE INDEX "OrderLine_skuId_idx" ON "OrderLine"("skuId");

-- CreateIndex
CREATE INDEX "OrderLine_productCode_idx" ON "OrderLine"("productCode");

-- CreateIndex
CREATE INDEX "OrderTag_tagId_idx" ON "OrderTag"("tagId");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryNote_orderId_sequence_key" ON "DeliveryNote"("orderId", "sequence");

-- CreateIndex
CREATE INDEX "UndeliveredSku_orderId_idx" ON "UndeliveredSku"("orderId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_brandId_createdAt_idx" ON "AuditEvent"("brandId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "OutboxEmail_status_availableAt_idx" ON "OutboxEmail"("status", "availableAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_brandId_createdAt_idx" ON "OutboxEmail"("brandId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "BrandMember" ADD CONSTRAINT "BrandMember_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandMember" ADD CONSTRAINT "BrandMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Buyer" ADD CONSTRAINT "Buyer_ownerBrandId_fkey" FOREIGN KEY ("ownerBrandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerMember" ADD CONSTRAINT "BuyerMember_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Buyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerMember" ADD CONSTRAINT "BuyerMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerAddress" ADD CONSTRAINT "BuyerAddress_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Buyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Connection" ADD CONSTRAINT "Connection_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Connection" ADD CONSTRAINT "Connection_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Buyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectionInvitation" ADD CONSTRAINT "ConnectionInvitation_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectionInvitation" ADD CONSTRAINT "ConnectionInvitation_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Buyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Catalog" ADD CONSTRAINT "Catalog_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogBuyerAccess" ADD CONSTRAINT "CatalogBuyerAccess_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "Catalog"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogBuyerAccess" ADD CONSTRAINT "CatalogBuyerAccess_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Buyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogShippingRateGroup" ADD CONSTRAINT "CatalogShippingRateGroup_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "Catalog"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogShippingRateGroup" ADD CONSTRAINT "CatalogShippingRateGroup_rateGroupId_fkey" FOREIGN KEY ("rateGroupId") REFERENCES "ShippingRateGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sku" ADD CONSTRAINT "Sku_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sku" ADD CONSTRAINT "Sku_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkuPrice" ADD CONSTRAINT "SkuPrice_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogProduct" ADD CONSTRAINT "CatalogProduct_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "Catalog"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogProduct" ADD CONSTRAINT "CatalogProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lookbook" ADD CONSTRAINT "Lookbook_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LookbookImage" ADD CONSTRAINT "LookbookImage_lookbookId_fkey" FOREIGN KEY ("lookbookId") REFERENCES "Lookbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LookbookImage" ADD CONSTRAINT "LookbookImage_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LookbookImageProduct" ADD CONSTRAINT "LookbookImageProduct_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "LookbookImage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LookbookImageProduct" ADD CONSTRAINT "LookbookImageProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShippingRateGroup" ADD CONSTRAINT "ShippingRateGroup_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShippingRate" ADD CONSTRAINT "ShippingRate_rateGroupId_fkey" FOREIGN KEY ("rateGroupId") REFERENCES "ShippingRateGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLink" ADD CONSTRAINT "OrderLink_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLinkCatalog" ADD CONSTRAINT "OrderLinkCatalog_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "OrderLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLinkCatalog" ADD CONSTRAINT "OrderLinkCatalog_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "Catalog"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLinkShippingRateGroup" ADD CONSTRAINT "OrderLinkShippingRateGroup_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "OrderLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLinkShippingRateGroup" ADD CONSTRAINT "OrderLinkShippingRateGroup_rateGroupId_fkey" FOREIGN KEY ("rateGroupId") REFERENCES "ShippingRateGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLinkLookbook" ADD CONSTRAINT "OrderLinkLookbook_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "OrderLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLinkLookbook" ADD CONSTRAINT "OrderLinkLookbook_lookbookId_fkey" FOREIGN KEY ("lookbookId") REFERENCES "Lookbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLinkContact" ADD CONSTRAINT "OrderLinkContact_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "OrderLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "OrderLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Buyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CartLine" ADD CONSTRAINT "CartLine_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CartLine" ADD CONSTRAINT "CartLine_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Buyer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_sourceLinkId_fkey" FOREIGN KEY ("sourceLinkId") REFERENCES "OrderLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_shippingRateGroupId_fkey" FOREIGN KEY ("shippingRateGroupId") REFERENCES "ShippingRateGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderTag" ADD CONSTRAINT "OrderTag_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderTag" ADD CONSTRAINT "OrderTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryNote" ADD CONSTRAINT "DeliveryNote_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryNoteLine" ADD CONSTRAINT "DeliveryNoteLine_deliveryNoteId_fkey" FOREIGN KEY ("deliveryNoteId") REFERENCES "DeliveryNote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryNoteLine" ADD CONSTRAINT "DeliveryNoteLine_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "OrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UndeliveredSku" ADD CONSTRAINT "UndeliveredSku_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UndeliveredSku" ADD CONSTRAINT "UndeliveredSku_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "OrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;
