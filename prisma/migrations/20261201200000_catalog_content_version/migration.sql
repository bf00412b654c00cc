-- A version per catalog of what its link pages show: the products in it (position, delivery,
-- discount), their names, codes, descriptions, first images, colour × size SKUs, prices and order
-- rules. Every write that changes one of those bumps the catalogs the product is in, in the same
-- transaction, so a page cached under a version is never served once the data has moved on
-- (lib/link-access/catalog-content.ts). Stock is not part of it: releases and stock edits leave the
-- version alone. No foreign key on purpose: a deleted catalog's row is harmless, and cascades that
-- delete a catalog's products never have to touch a row that is itself going.
CREATE TABLE "CatalogContentVersion" (
    "catalogId" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "CatalogContentVersion_pkey" PRIMARY KEY ("catalogId")
);

-- Bumps the catalogs of the given products (and the given catalogs), in catalog id order so two
-- transactions bumping the same catalogs take their row locks in the same order.
CREATE FUNCTION catalog_content_bump(product_ids text[], catalog_ids text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "CatalogContentVersion" ("catalogId")
  SELECT c FROM (
    SELECT "catalogId" AS c FROM "CatalogProduct" WHERE "productId" = ANY(product_ids)
    UNION SELECT unnest(catalog_ids)
  ) changed WHERE c IS NOT NULL ORDER BY c
  ON CONFLICT ("catalogId") DO UPDATE SET "version" = "CatalogContentVersion"."version" + 1;
$$;

-- One trigger function for every table the catalog pages read: it finds the product (or the
-- catalog) the changed row belongs to, for the old row and the new.
CREATE FUNCTION catalog_content_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  rows_ jsonb[] := ARRAY[]::jsonb[];
  r jsonb;
  products text[] := ARRAY[]::text[];
  catalogs text[] := ARRAY[]::text[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN rows_ := rows_ || to_jsonb(OLD); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN rows_ := rows_ || to_jsonb(NEW); END IF;
  FOREACH r IN ARRAY rows_ LOOP
    CASE TG_TABLE_NAME
      WHEN 'CatalogProduct' THEN catalogs := catalogs || (r->>'catalogId');
      WHEN 'Product' THEN products := products || (r->>'id');
      WHEN 'Sku', 'ProductImage', 'Prepack' THEN products := products || (r->>'productId');
      WHEN 'SkuPrice' THEN products := products || (SELECT "productId" FROM "Sku" WHERE "id" = r->>'skuId');
      WHEN 'PrepackSize' THEN products := products || (SELECT "productId" FROM "Prepack" WHERE "id" = r->>'prepackId');
    END CASE;
  END LOOP;
  PERFORM catalog_content_bump(products, catalogs);
  RETURN NULL;
END
$$;

-- Deferred to commit: the version rows are locked for the last moment of the transaction only.
CREATE CONSTRAINT TRIGGER catalog_content_catalog_product AFTER INSERT OR UPDATE OR DELETE ON "CatalogProduct"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_content_trigger();

CREATE CONSTRAINT TRIGGER catalog_content_product AFTER UPDATE ON "Product"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
WHEN ((OLD."productCode", OLD."name", OLD."description", OLD."discountRate", OLD."minQuantity", OLD."maxQuantity",
       OLD."minQuantityPerSku", OLD."orderMultiple", OLD."saleMode", OLD."archivedAt")
  IS DISTINCT FROM (NEW."productCode", NEW."name", NEW."description", NEW."discountRate", NEW."minQuantity", NEW."maxQuantity",
       NEW."minQuantityPerSku", NEW."orderMultiple", NEW."saleMode", NEW."archivedAt"))
EXECUTE FUNCTION catalog_content_trigger();

CREATE CONSTRAINT TRIGGER catalog_content_sku_insert_delete AFTER INSERT OR DELETE ON "Sku"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_content_trigger();

-- Not on stock: a release or a stock edit does not change what the catalog page shows.
CREATE CONSTRAINT TRIGGER catalog_content_sku_update AFTER UPDATE ON "Sku"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
WHEN ((OLD."productId", OLD."color", OLD."size", OLD."position") IS DISTINCT FROM (NEW."productId", NEW."color", NEW."size", NEW."position"))
EXECUTE FUNCTION catalog_content_trigger();

CREATE CONSTRAINT TRIGGER catalog_content_sku_price AFTER INSERT OR UPDATE OR DELETE ON "SkuPrice"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_content_trigger();

CREATE CONSTRAINT TRIGGER catalog_content_product_image AFTER INSERT OR UPDATE OR DELETE ON "ProductImage"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_content_trigger();

CREATE CONSTRAINT TRIGGER catalog_content_prepack AFTER INSERT OR UPDATE OR DELETE ON "Prepack"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_content_trigger();

CREATE CONSTRAINT TRIGGER catalog_content_prepack_size AFTER INSERT OR UPDATE OR DELETE ON "PrepackSize"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_content_trigger();
