// `npm run bench:seed -- --scale N`: fills a PostgreSQL database with benchmark data, fast
// (set-based INSERT ... SELECT over generate_series inside the server). Scale 1 is the full size:
// 100 brands, 20,000 buyers, 100,000 order links, 50,000 products / 500,000 SKUs and 1,000,000
// orders with 5,000,000 lines. The first brand ("bench-big") holds 40% of the links, products and
// orders, so the benchmark measures the worst case a brand will see.
import pg from "pg";
import { hashSecret } from "../../lib/auth/password";
import { applyMigrations } from "../../lib/db/schema-engine";
import { PrismaPg } from "@prisma/adapter-pg";
import { loadDotEnv } from "../load-env";

loadDotEnv();

export const BENCH_PASSWORD = "bench-pass-2026";
const FULL = { brands: 100, buyers: 20_000, links: 100_000, products: 50_000, orders: 1_000_000 };
const SKUS_PER_PRODUCT = 10;
const LINES_PER_ORDER = 5;
const BIG_SHARE = 0.4;

function arg(name: string, fallback: string) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** How many of `total` rows brand b (1-based) gets: 40% for brand 1, the rest shared evenly. */
function share(total: number, brands: number, b: number) {
  if (brands === 1) return total;
  const big = Math.round(total * BIG_SHARE);
  if (b === 1) return big;
  const rest = total - big;
  const each = Math.floor(rest / (brands - 1));
  return b === brands ? rest - each * (brands - 2) : each;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("bench:seed needs DATABASE_URL (a PostgreSQL server).");
  const scale = Number(arg("scale", "0.01"));
  const n = {
    brands: Math.max(2, Math.round(FULL.brands * scale)),
    buyers: Math.max(50, Math.round(FULL.buyers * scale)),
    links: Math.max(100, Math.round(FULL.links * scale)),
    products: Math.max(50, Math.round(FULL.products * scale)),
    orders: Math.max(500, Math.round(FULL.orders * scale)),
  };
  console.log(`Benchmark data at scale ${scale}:`, n);

  const pool = new pg.Pool({ connectionString: url });
  await applyMigrations(new PrismaPg(pool));
  const db = await pool.connect();
  const started = Date.now();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const result = await db.query(sql, params);
    console.log(`  ${label.padEnd(34)} ${String(result.rowCount ?? "").padStart(9)} rows  ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };

  try {
    await db.query("SET synchronous_commit = off");
    // Bulk load without the report triggers (one rollup upsert per line would dominate the load);
    // the rollups are rebuilt from the loaded rows at the end, as `npm run reports:rebuild` does.
    await db.query("SET session_replication_role = replica");
    const existing = await db.query(`SELECT count(*)::int AS c FROM "Brand" WHERE slug LIKE 'bench-%'`);
    if (existing.rows[0].c > 0) {
      console.log("Benchmark brands already exist; drop the database to re-seed at another scale.");
      return;
    }
    const hash = await hashSecret(BENCH_PASSWORD);

    await step("brands", `
      INSERT INTO "Brand" (id, name, slug, "homeCountry", "defaultCurrency", "orderPrefix", "updatedAt")
      SELECT 'bb_' || b, CASE WHEN b = 1 THEN 'Bench Big Brand' ELSE 'Bench Brand ' || b END,
             CASE WHEN b = 1 THEN 'bench-big' ELSE 'bench-' || b END,
             CASE WHEN b % 2 = 1 THEN 'JP' ELSE 'US' END, CASE WHEN b % 2 = 1 THEN 'JPY' ELSE 'USD' END, 'B' || b, now()
      FROM generate_series(1, $1::int) b`, [n.brands]);
    await step("staff users + members", `
      WITH u AS (
        INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
        SELECT 'bu_' || b || '_' || r, 'bench-' || lower(r) || '-' || b || '@bench.example', 'Bench ' || r || ' ' || b, $2, now()
        FROM generate_series(1, $1::int) b, unnest(ARRAY['OWNER','OPS']) r RETURNING id)
      INSERT INTO "BrandMember" (id, "brandId", "userId", role)
      SELECT 'bm_' || substr(id, 4), 'bb_' || split_part(id, '_', 2), id, split_part(id, '_', 3)::"BrandRole" FROM u`, [n.brands, hash]);
    await step("buyers", `
      INSERT INTO "Buyer" (id, name, country, ownership, email, "contactName", "updatedAt")
      SELECT 'by_' || j, 'Bench Shop ' || j, (ARRAY['JP','US','FR','DE','KR'])[1 + j % 5], 'CUSTOMER_OWNED',
             'shop' || j || '@bench.example', 'Buyer ' || j, now()
      FROM generate_series(1, $1::int) j`, [n.buyers]);
    await step("buyer users (first 200)", `
      WITH u AS (
        INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
        SELECT 'bbu_' || j, 'buyer' || j || '@bench.example', 'Buyer ' || j, $2, now() FROM generate_series(1, least($1::int, 200)) j RETURNING id)
      INSERT INTO "BuyerMember" (id, "buyerId", "userId", role) SELECT 'bbm_' || substr(id, 5), 'by_' || substr(id, 5), id, 'OWNER' FROM u`, [n.buyers, hash]);
    await step("connections", `
      INSERT INTO "Connection" (id, "brandId", "buyerId", status, currency, language, "discountRate", "updatedAt")
      SELECT 'bc_' || b || '_' || j, 'bb_' || b, 'by_' || j, CASE WHEN j % 17 = 0 THEN 'CLOSED' ELSE 'CONNECTED' END::"ConnectionStatus",
             CASE WHEN b % 2 = 1 THEN 'JPY' ELSE 'USD' END, 'EN', (j % 4) * 5, now()
      FROM generate_series(1, $1::int) b, generate_series(1, $2::int) j
      WHERE b = 1 OR j % ($1::int - 1) = (b - 1) % ($1::int - 1)`, [n.brands, n.buyers]);
    await step("catalogs", `
      INSERT INTO "Catalog" (id, "brandId", name, season, status, "publicationDate", "orderDeadline", "updatedAt")
      SELECT 'bk_' || b || '_' || k, 'bb_' || b, 'Catalog ' || k, 'S' || k, 'OPEN', now() - interval '30 days', now() + interval '60 days', now()
      FROM generate_series(1, $1::int) b, generate_series(0, 4) k`, [n.brands]);

    for (let b = 1; b <= n.brands; b++) {
      const products = share(n.products, n.brands, b);
      const links = share(n.links, n.brands, b);
      const orders = share(n.orders, n.brands, b);
      const big = b === 1;
      const run = big ? step : async (_l: string, sql: string, params: unknown[] = []) => void (await db.query(sql, params));
      const currency = b % 2 === 1 ? "JPY" : "USD";
      const home = b % 2 === 1 ? "JP" : "US";
      const buyerOf = big ? `1 + (i % ${n.buyers})` : `${b - 1} + ${n.brands - 1} * (i % greatest(1, ${Math.floor(n.buyers / (n.brands - 1))}))`;

      await run("products", `
        INSERT INTO "Product" (id, "brandId", "productCode", name, "deliveryName", "updatedAt")
        SELECT 'bp_' || $1 || '_' || i, 'bb_' || $1, 'P' || $1 || '-' || lpad(i::text, 6, '0'), 'Product ' || i || ' ' || (ARRAY['Shirt','Jacket','Tee','Knit','Pants'])[1 + i % 5],
               'Product ' || i, now()
        FROM generate_series(0, $2::int - 1) i`, [b, products]);
      await run("skus", `
        INSERT INTO "Sku" (id, "brandId", "productId", code, color, size, "stockQuantity", position, "updatedAt")
        SELECT 'bs_' || $1 || '_' || i || '_' || k, 'bb_' || $1, 'bp_' || $1 || '_' || i, 'P' || $1 || '-' || lpad(i::text, 6, '0') || '-' || k,
               (ARRAY['Black','White'])[1 + k / 5], (ARRAY['XS','S','M','L','XL'])[1 + k % 5], 50 + (i * 7 + k) % 200, k, now()
        FROM generate_series(0, $2::int - 1) i, generate_series(0, ${SKUS_PER_PRODUCT - 1}) k`, [b, products]);
      await run("sku prices", `
        INSERT INTO "SkuPrice" ("skuId", currency, "wholesalePrice", "retailPrice")
        SELECT s.id, c.currency, CASE WHEN c.currency = 'JPY' THEN 2000 + (hashtext(s.id) & 65535) % 30000 ELSE 1500 + (hashtext(s.id) & 65535) % 20000 END, NULL
        FROM "Sku" s, (VALUES ('JPY'), ('USD')) c(currency) WHERE s."brandId" = 'bb_' || $1`, [b]);
      await run("catalog products", `
        INSERT INTO "CatalogProduct" (id, "catalogId", "productId", position)
        SELECT 'bcp_' || $1 || '_' || i, 'bk_' || $1 || '_' || (i % 5), 'bp_' || $1 || '_' || i, i / 5
        FROM generate_series(0, $2::int - 1) i`, [b, products]);
      await run("order links", `
        INSERT INTO "OrderLink" (id, "brandId", type, token, name, status, currency, language, "discountRate", "updatedAt", "createdAt")
        SELECT 'bl_' || $1 || '_' || i, 'bb_' || $1, (ARRAY['INSTANT','DYNAMIC_BRAND','CUSTOMER'])[1 + i % 3]::"OrderLinkType",
               'bench-' || $1 || '-' || i || '-' || md5(i::text || $1::text), 'Link ' || i, CASE WHEN i % 7 = 0 THEN 'VOID' ELSE 'OPEN' END::"OrderLinkStatus",
               CASE WHEN i % 3 = 2 THEN NULL ELSE $3 END, CASE WHEN i % 3 = 2 THEN NULL ELSE 'EN'::"Language" END, CASE WHEN i % 3 = 2 THEN NULL ELSE 10 END,
               now(), now() - (i || ' minutes')::interval
        FROM generate_series(0, $2::int - 1) i`, [b, links, currency]);
      await run("order link catalogs", `
        INSERT INTO "OrderLinkCatalog" ("linkId", "catalogId", position)
        SELECT 'bl_' || $1 || '_' || i, 'bk_' || $1 || '_' || (i % 5), 0 FROM generate_series(0, $2::int - 1) i`, [b, links]);
      await run("orders", `
        INSERT INTO "Order" (id, "brandId", "buyerId", number, source, "placedVia", "idempotencyKey", currency, subtotal, "shippingFee", total,
                             "contactName", "contactEmail", "shipRecipient", "shipLine1", "shipCity", "shipPostalCode", "shipCountry",
                             "paymentMethod", "paymentStatus", status, "releaseStatus", "ocConfirmedAt", "createdAt", "updatedAt")
        SELECT 'bo_' || $1 || '_' || i, 'bb_' || $1, 'by_' || (${buyerOf}), i + 1, 'STANDARD_ORDER', 'USER_ACCOUNT', 'bench-' || $1 || '-' || i, $3,
               0, 0, 0, 'Buyer ' || (${buyerOf}), 'shop' || (${buyerOf}) || '@bench.example', 'Buyer', '1-2-3 Street', 'City', '100-0001',
               CASE WHEN i % 4 = 0 THEN 'FR' ELSE $4 END, 'PAY_OUTSIDE_APP', 'OUTSIDE_APP',
               (ARRAY['PLEASE_CREATE_OC','OC_CREATED','OC_APPROVED','OC_CONFIRMED','OC_CONFIRMED','OC_CONFIRMED','OC_CONFIRMED','ORDER_REJECTED'])[1 + i % 8]::"OrderStatus",
               CASE WHEN i % 8 BETWEEN 3 AND 6 THEN (ARRAY['NOT_YET_RELEASED','NOT_YET_RELEASED','PREPARING_PRODUCT','SHIPPED'])[1 + (i / 8) % 4]::"ReleaseStatus" END,
               CASE WHEN i % 8 BETWEEN 3 AND 6 THEN now() - (i || ' minutes')::interval END,
               now() - ((($2::int - i) * 60) || ' seconds')::interval, now()
        FROM generate_series(0, $2::int - 1) i`, [b, orders, currency, home]);
      await run("order lines", `
        INSERT INTO "OrderLine" (id, "orderId", "skuId", "productId", "productCode", "productName", "skuCode", color, size, "catalogId", quantity, "unitPrice", "lineTotal", position)
        SELECT 'bol_' || $1 || '_' || i || '_' || k, 'bo_' || $1 || '_' || i, 'bs_' || $1 || '_' || p || '_' || ((i + k) % ${SKUS_PER_PRODUCT}), 'bp_' || $1 || '_' || p,
               'P' || $1 || '-' || lpad(p::text, 6, '0'), 'Product ' || p, 'P' || $1 || '-' || lpad(p::text, 6, '0') || '-' || ((i + k) % ${SKUS_PER_PRODUCT}),
               'Black', 'M', 'bk_' || $1 || '_' || (p % 5), 1 + (i + k) % 6, 3000, 3000 * (1 + (i + k) % 6), k
        FROM generate_series(0, $2::int - 1) i, generate_series(0, ${LINES_PER_ORDER - 1}) k,
             LATERAL (SELECT ((i * 7 + k * 13) % $3::int) AS p) pp`, [b, orders, products]);
      await db.query(`UPDATE "Brand" SET "lastOrderNumber" = $2 WHERE id = 'bb_' || $1`, [b, orders]);
      if (b % 10 === 0) console.log(`  … ${b}/${n.brands} brands`);
    }
    // Each order's totals, and its catalog (its first line's, as checkout records it).
    await step("order totals", `
      UPDATE "Order" o SET subtotal = t.s, total = t.s, "catalogId" = t.c
      FROM (SELECT "orderId", sum("lineTotal")::int AS s, (array_agg("catalogId" ORDER BY position))[1] AS c FROM "OrderLine" GROUP BY "orderId") t WHERE o.id = t."orderId"`);
    await db.query("SET session_replication_role = origin");
    // Fresh statistics first, so each brand's rebuild gets the plan for its size.
    await db.query("ANALYZE");
    const rebuildStarted = Date.now();
    for (let b = 1; b <= n.brands; b++) await db.query(`SELECT report_rebuild_brand('bb_' || $1::int)`, [b]);
    console.log(`  ${"report rollups".padEnd(34)} ${String(n.brands).padStart(9)} brands ${((Date.now() - rebuildStarted) / 1000).toFixed(1)} s`);
    // The totals UPDATE leaves a dead copy of every order: vacuum so index-only scans see a clean table, as autovacuum would.
    await db.query("VACUUM ANALYZE");
    console.log("  vacuum analyze done");
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s. Sign in as bench-owner-1@bench.example / ${BENCH_PASSWORD}.`);
  } finally {
    db.release();
    await pool.end();
  }
}

await main();
process.exit(0);
