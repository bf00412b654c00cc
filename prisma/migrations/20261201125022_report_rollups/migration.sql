-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "catalogId" TEXT,
ADD COLUMN     "sourceLinkType" "OrderLinkType";

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "catalogId" TEXT;

-- CreateTable
CREATE TABLE "ReportSalesDaily" (
    "brandId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "catalogId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "value" BIGINT NOT NULL,

    CONSTRAINT "ReportSalesDaily_pkey" PRIMARY KEY ("brandId","day","currency","status","catalogId","channel","linkId","country","region")
);

-- CreateTable
CREATE TABLE "ReportSkuDaily" (
    "brandId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "catalogId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "value" BIGINT NOT NULL,

    CONSTRAINT "ReportSkuDaily_pkey" PRIMARY KEY ("brandId","day","currency","status","catalogId","skuId")
);

-- CreateTable
CREATE TABLE "ReportSkuTotal" (
    "brandId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "catalogId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "value" BIGINT NOT NULL,

    CONSTRAINT "ReportSkuTotal_pkey" PRIMARY KEY ("brandId","catalogId","currency","status","skuId")
);

-- CreateTable
CREATE TABLE "ReportBuyerDaily" (
    "brandId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "catalogId" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "value" BIGINT NOT NULL,

    CONSTRAINT "ReportBuyerDaily_pkey" PRIMARY KEY ("brandId","day","currency","status","catalogId","buyerId")
);

-- CreateIndex
CREATE INDEX "ReportSalesDaily_brandId_linkId_idx" ON "ReportSalesDaily"("brandId", "linkId");

-- CreateIndex
CREATE INDEX "ReportSkuTotal_brandId_productId_idx" ON "ReportSkuTotal"("brandId", "productId");

-- CreateIndex
CREATE INDEX "ReportBuyerDaily_brandId_buyerId_day_idx" ON "ReportBuyerDaily"("brandId", "buyerId", "day");

-- ───────────── Report rollups: rules, fact views, maintenance triggers ─────────────
-- The rollup tables above are projections of the order tables. One set of SQL functions defines
-- how an order is reported (its day in the brand's time zone, its report status, its channel);
-- the *_source views group the raw rows with them (the rebuild and the tests read those), and the
-- triggers below apply the same rules row by row, in the transaction of every write.

-- Report status: PLACED (no OC confirmed yet), CONFIRMED, RELEASED (stock allocated or shipped),
-- CANCELLED (cancelled or rejected; reports leave it out unless asked for).
CREATE FUNCTION report_status_bucket(s "OrderStatus", r "ReleaseStatus") RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN s IN ('CANCELLED', 'ORDER_REJECTED') THEN 'CANCELLED'
    WHEN r IN ('PREPARING_PRODUCT', 'PARTIALLY_SHIPPED', 'SHIPPED') THEN 'RELEASED'
    WHEN s IN ('OC_CONFIRMED', 'OC_CONFIRMED_UNDELIVERED') THEN 'CONFIRMED'
    ELSE 'PLACED'
  END
$$;

-- The calendar day an order was placed, in the brand's time zone ("createdAt" is stored in UTC).
CREATE FUNCTION report_day(placed timestamp, tz text) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ((placed AT TIME ZONE 'UTC') AT TIME ZONE tz)::date
$$;

-- INSTANT, DYNAMIC_BRAND, CUSTOMER (the link's type at order time) or STANDARD_ORDER (Buyer App).
CREATE FUNCTION report_channel(src "OrderSource", link_type "OrderLinkType") RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN src = 'STANDARD_ORDER' THEN 'STANDARD_ORDER' ELSE COALESCE(link_type::text, 'ORDER_LINK') END
$$;

-- One row per order with its report attributes.
CREATE VIEW report_order_facts AS
SELECT o.id AS "orderId", o."brandId", report_day(o."createdAt", b."timeZone") AS day, o.currency,
       report_status_bucket(o.status, o."releaseStatus") AS status, COALESCE(o."catalogId", '') AS "catalogId",
       report_channel(o.source, o."sourceLinkType") AS channel, COALESCE(o."sourceLinkId", '') AS "linkId",
       o."shipCountry" AS country, COALESCE(btrim(o."shipRegion"), '') AS region, o."buyerId"
FROM "Order" o JOIN "Brand" b ON b.id = o."brandId";

-- One row per order line, with its order's attributes and its own catalog.
CREATE VIEW report_line_facts AS
SELECT f.*, l."skuId", l."productId", COALESCE(l."catalogId", '') AS "lineCatalogId", l.quantity AS units, l."lineTotal"::bigint AS value
FROM report_order_facts f JOIN "OrderLine" l ON l."orderId" = f."orderId";

-- One row per order with its units and value (the sum of its lines; shipping is not sales).
CREATE VIEW report_order_totals AS
SELECT f.*, COALESCE(t.units, 0)::int AS units, COALESCE(t.value, 0)::bigint AS value
FROM report_order_facts f
LEFT JOIN LATERAL (SELECT sum(quantity) AS units, sum("lineTotal") AS value FROM "OrderLine" WHERE "orderId" = f."orderId") t ON true;

CREATE VIEW report_sales_daily_source AS
SELECT "brandId", day, currency, status, "catalogId", channel, "linkId", country, region,
       count(*)::int AS orders, sum(units)::int AS units, sum(value)::bigint AS value
FROM report_order_totals GROUP BY "brandId", day, currency, status, "catalogId", channel, "linkId", country, region;

CREATE VIEW report_buyer_daily_source AS
SELECT "brandId", day, currency, status, "catalogId", "buyerId",
       count(*)::int AS orders, sum(units)::int AS units, sum(value)::bigint AS value
FROM report_order_totals GROUP BY "brandId", day, currency, status, "catalogId", "buyerId";

CREATE VIEW report_sku_daily_source AS
SELECT "brandId", day, currency, status, "lineCatalogId" AS "catalogId", "skuId", min("productId") AS "productId",
       count(*)::int AS orders, sum(units)::int AS units, sum(value)::bigint AS value
FROM report_line_facts GROUP BY "brandId", day, currency, status, "lineCatalogId", "skuId";

CREATE VIEW report_sku_total_source AS
SELECT "brandId", currency, status, "lineCatalogId" AS "catalogId", "skuId", min("productId") AS "productId",
       count(*)::int AS orders, sum(units)::int AS units, sum(value)::bigint AS value
FROM report_line_facts GROUP BY "brandId", currency, status, "lineCatalogId", "skuId";

-- Adds (sgn = 1) or takes away (sgn = -1) one order line's units and value, under its order's
-- attributes (o), in every rollup. The order's own count is report_apply_order's.
CREATE FUNCTION report_apply_line(o "Order", d date, l "OrderLine", sgn int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  st text := report_status_bucket(o.status, o."releaseStatus");
  cat text := COALESCE(o."catalogId", '');
  line_cat text := COALESCE(l."catalogId", '');
  u int := sgn * l.quantity;
  v bigint := sgn * l."lineTotal"::bigint;
BEGIN
  UPDATE "ReportSalesDaily" SET units = units + u, value = value + v
   WHERE "brandId" = o."brandId" AND day = d AND currency = o.currency AND status = st AND "catalogId" = cat
     AND channel = report_channel(o.source, o."sourceLinkType") AND "linkId" = COALESCE(o."sourceLinkId", '')
     AND country = o."shipCountry" AND region = COALESCE(btrim(o."shipRegion"), '');
  UPDATE "ReportBuyerDaily" SET units = units + u, value = value + v
   WHERE "brandId" = o."brandId" AND day = d AND currency = o.currency AND status = st AND "catalogId" = cat AND "buyerId" = o."buyerId";
  INSERT INTO "ReportSkuDaily" AS t ("brandId", day, currency, status, "catalogId", "skuId", "productId", orders, units, value)
  VALUES (o."brandId", d, o.currency, st, line_cat, l."skuId", l."productId", sgn, u, v)
  ON CONFLICT ("brandId", day, currency, status, "catalogId", "skuId")
  DO UPDATE SET orders = t.orders + EXCLUDED.orders, units = t.units + EXCLUDED.units, value = t.value + EXCLUDED.value;
  INSERT INTO "ReportSkuTotal" AS t ("brandId", currency, status, "catalogId", "skuId", "productId", orders, units, value)
  VALUES (o."brandId", o.currency, st, line_cat, l."skuId", l."productId", sgn, u, v)
  ON CONFLICT ("brandId", "catalogId", currency, status, "skuId")
  DO UPDATE SET orders = t.orders + EXCLUDED.orders, units = t.units + EXCLUDED.units, value = t.value + EXCLUDED.value;
  IF sgn < 0 THEN
    DELETE FROM "ReportSkuDaily" WHERE "brandId" = o."brandId" AND day = d AND currency = o.currency AND status = st
       AND "catalogId" = line_cat AND "skuId" = l."skuId" AND orders = 0;
    DELETE FROM "ReportSkuTotal" WHERE "brandId" = o."brandId" AND "catalogId" = line_cat AND currency = o.currency
       AND status = st AND "skuId" = l."skuId" AND orders = 0;
  END IF;
END
$$;

-- Adds or takes away a whole order: its count, then each of its current lines.
CREATE FUNCTION report_apply_order(o "Order", sgn int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  d date;
  st text := report_status_bucket(o.status, o."releaseStatus");
  cat text := COALESCE(o."catalogId", '');
  l "OrderLine";
BEGIN
  SELECT report_day(o."createdAt", b."timeZone") INTO d FROM "Brand" b WHERE b.id = o."brandId";
  IF d IS NULL THEN RETURN; END IF; -- the brand is being removed with its orders
  INSERT INTO "ReportSalesDaily" AS t ("brandId", day, currency, status, "catalogId", channel, "linkId", country, region, orders, units, value)
  VALUES (o."brandId", d, o.currency, st, cat, report_channel(o.source, o."sourceLinkType"), COALESCE(o."sourceLinkId", ''),
          o."shipCountry", COALESCE(btrim(o."shipRegion"), ''), sgn, 0, 0)
  ON CONFLICT ("brandId", day, currency, status, "catalogId", channel, "linkId", country, region)
  DO UPDATE SET orders = t.orders + EXCLUDED.orders;
  INSERT INTO "ReportBuyerDaily" AS t ("brandId", day, currency, status, "catalogId", "buyerId", orders, units, value)
  VALUES (o."brandId", d, o.currency, st, cat, o."buyerId", sgn, 0, 0)
  ON CONFLICT ("brandId", day, currency, status, "catalogId", "buyerId")
  DO UPDATE SET orders = t.orders + EXCLUDED.orders;
  FOR l IN SELECT * FROM "OrderLine" WHERE "orderId" = o.id LOOP
    PERFORM report_apply_line(o, d, l, sgn);
  END LOOP;
  IF sgn < 0 THEN
    DELETE FROM "ReportSalesDaily" WHERE "brandId" = o."brandId" AND day = d AND currency = o.currency AND status = st AND "catalogId" = cat
       AND channel = report_channel(o.source, o."sourceLinkType") AND "linkId" = COALESCE(o."sourceLinkId", '')
       AND country = o."shipCountry" AND region = COALESCE(btrim(o."shipRegion"), '') AND orders = 0;
    DELETE FROM "ReportBuyerDaily" WHERE "brandId" = o."brandId" AND day = d AND currency = o.currency AND status = st
       AND "catalogId" = cat AND "buyerId" = o."buyerId" AND orders = 0;
  END IF;
END
$$;

CREATE FUNCTION report_order_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM report_apply_order(OLD, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM report_apply_order(NEW, 1); END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_order_delete_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Before the row goes, while its lines are still there (their own trigger then finds no order).
  PERFORM report_apply_order(OLD, -1);
  RETURN OLD;
END
$$;

CREATE FUNCTION report_line_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  o "Order";
  d date;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT * INTO o FROM "Order" WHERE id = OLD."orderId";
    IF FOUND THEN
      SELECT report_day(o."createdAt", b."timeZone") INTO d FROM "Brand" b WHERE b.id = o."brandId";
      IF d IS NOT NULL THEN PERFORM report_apply_line(o, d, OLD, -1); END IF;
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    SELECT * INTO o FROM "Order" WHERE id = NEW."orderId";
    IF FOUND THEN
      SELECT report_day(o."createdAt", b."timeZone") INTO d FROM "Brand" b WHERE b.id = o."brandId";
      IF d IS NOT NULL THEN PERFORM report_apply_line(o, d, NEW, 1); END IF;
    END IF;
  END IF;
  RETURN NULL;
END
$$;

-- Rebuilds one brand's rollups from the raw rows (npm run reports:rebuild; a time-zone change).
CREATE FUNCTION report_rebuild_brand(brand text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ReportSalesDaily" WHERE "brandId" = brand;
  INSERT INTO "ReportSalesDaily" ("brandId", day, currency, status, "catalogId", channel, "linkId", country, region, orders, units, value)
  SELECT "brandId", day, currency, status, "catalogId", channel, "linkId", country, region, orders, units, value
  FROM report_sales_daily_source WHERE "brandId" = brand;
  DELETE FROM "ReportBuyerDaily" WHERE "brandId" = brand;
  INSERT INTO "ReportBuyerDaily" ("brandId", day, currency, status, "catalogId", "buyerId", orders, units, value)
  SELECT "brandId", day, currency, status, "catalogId", "buyerId", orders, units, value
  FROM report_buyer_daily_source WHERE "brandId" = brand;
  DELETE FROM "ReportSkuDaily" WHERE "brandId" = brand;
  INSERT INTO "ReportSkuDaily" ("brandId", day, currency, status, "catalogId", "skuId", "productId", orders, units, value)
  SELECT "brandId", day, currency, status, "catalogId", "skuId", "productId", orders, units, value
  FROM report_sku_daily_source WHERE "brandId" = brand;
  DELETE FROM "ReportSkuTotal" WHERE "brandId" = brand;
  INSERT INTO "ReportSkuTotal" ("brandId", currency, status, "catalogId", "skuId", "productId", orders, units, value)
  SELECT "brandId", currency, status, "catalogId", "skuId", "productId", orders, units, value
  FROM report_sku_total_source WHERE "brandId" = brand;
END
$$;

CREATE FUNCTION report_brand_time_zone_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_rebuild_brand(NEW.id); -- every order may fall on another day now
  RETURN NULL;
END
$$;

-- Backfill the snapshots for existing orders: the link's type; each line's catalog (the first of
-- the link's catalogs holding the product, else the newest catalog holding it); the order's
-- catalog is its first line's.
UPDATE "Order" o SET "sourceLinkType" = l.type FROM "OrderLink" l WHERE l.id = o."sourceLinkId";
UPDATE "OrderLine" ol SET "catalogId" = (
  SELECT c."catalogId" FROM "Order" o
  JOIN "OrderLinkCatalog" c ON c."linkId" = o."sourceLinkId"
  JOIN "CatalogProduct" cp ON cp."catalogId" = c."catalogId" AND cp."productId" = ol."productId"
  WHERE o.id = ol."orderId" ORDER BY c.position LIMIT 1);
UPDATE "OrderLine" ol SET "catalogId" = (
  SELECT cp."catalogId" FROM "CatalogProduct" cp JOIN "Catalog" k ON k.id = cp."catalogId"
  WHERE cp."productId" = ol."productId" ORDER BY k."createdAt" DESC, k.id LIMIT 1)
WHERE ol."catalogId" IS NULL;
UPDATE "Order" o SET "catalogId" = (SELECT "catalogId" FROM "OrderLine" WHERE "orderId" = o.id ORDER BY position, id LIMIT 1);

SELECT report_rebuild_brand(id) FROM "Brand";

-- Only a change of what the reports group by moves an order (payment, OC revision... do not).
CREATE TRIGGER report_order_insert AFTER INSERT ON "Order" FOR EACH ROW EXECUTE FUNCTION report_order_trigger();
CREATE TRIGGER report_order_update AFTER UPDATE ON "Order" FOR EACH ROW
WHEN (OLD."brandId" IS DISTINCT FROM NEW."brandId" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt"
   OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD."catalogId" IS DISTINCT FROM NEW."catalogId"
   OR OLD.source IS DISTINCT FROM NEW.source OR OLD."sourceLinkType" IS DISTINCT FROM NEW."sourceLinkType"
   OR OLD."sourceLinkId" IS DISTINCT FROM NEW."sourceLinkId" OR OLD."shipCountry" IS DISTINCT FROM NEW."shipCountry"
   OR OLD."shipRegion" IS DISTINCT FROM NEW."shipRegion" OR OLD."buyerId" IS DISTINCT FROM NEW."buyerId"
   OR report_status_bucket(OLD.status, OLD."releaseStatus") IS DISTINCT FROM report_status_bucket(NEW.status, NEW."releaseStatus"))
EXECUTE FUNCTION report_order_trigger();
CREATE TRIGGER report_order_delete BEFORE DELETE ON "Order" FOR EACH ROW EXECUTE FUNCTION report_order_delete_trigger();
CREATE TRIGGER report_line_insert_delete AFTER INSERT OR DELETE ON "OrderLine" FOR EACH ROW EXECUTE FUNCTION report_line_trigger();
CREATE TRIGGER report_line_update AFTER UPDATE ON "OrderLine" FOR EACH ROW
WHEN (OLD."orderId" IS DISTINCT FROM NEW."orderId" OR OLD."skuId" IS DISTINCT FROM NEW."skuId"
   OR OLD."productId" IS DISTINCT FROM NEW."productId" OR OLD."catalogId" IS DISTINCT FROM NEW."catalogId"
   OR OLD.quantity IS DISTINCT FROM NEW.quantity OR OLD."lineTotal" IS DISTINCT FROM NEW."lineTotal")
EXECUTE FUNCTION report_line_trigger();
CREATE TRIGGER report_brand_time_zone AFTER UPDATE OF "timeZone" ON "Brand" FOR EACH ROW
WHEN (OLD."timeZone" IS DISTINCT FROM NEW."timeZone") EXECUTE FUNCTION report_brand_time_zone_trigger();
