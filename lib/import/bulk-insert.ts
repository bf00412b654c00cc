import "server-only";
// Set-based inserts for large imports: one INSERT ... SELECT FROM unnest(arrays) per table instead
// of thousands of bound rows, which Prisma's createMany builds far more slowly. Ids are made here
// (lib/db/new-id) so the rows can be linked without reading back.
import type { Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/new-id";

type Db = Pick<Tx, "$executeRaw">;

export async function insertProducts(db: Db, rows: { id: string; brandId: string; productCode: string; name: string; description: string | null; deliveryName: string | null }[]) {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO "Product" ("id", "brandId", "productCode", "name", "description", "deliveryName", "createdAt", "updatedAt")
    SELECT *, now(), now() FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.brandId)}::text[], ${rows.map((r) => r.productCode)}::text[],
      ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.description)}::text[], ${rows.map((r) => r.deliveryName)}::text[])`;
}

export async function insertSkus(db: Db, rows: { id: string; brandId: string; productId: string; code: string; color: string; size: string; stockQuantity: number; position: number }[]) {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO "Sku" ("id", "brandId", "productId", "code", "color", "size", "stockQuantity", "position", "createdAt", "updatedAt")
    SELECT *, now(), now() FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.brandId)}::text[], ${rows.map((r) => r.productId)}::text[],
      ${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.color)}::text[], ${rows.map((r) => r.size)}::text[],
      ${rows.map((r) => r.stockQuantity)}::int[], ${rows.map((r) => r.position)}::int[])`;
}

export async function insertSkuPrices(db: Db, rows: { skuId: string; currency: string; wholesalePrice: number; retailPrice: number | null }[]) {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO "SkuPrice" ("skuId", "currency", "wholesalePrice", "retailPrice")
    SELECT * FROM unnest(${rows.map((r) => r.skuId)}::text[], ${rows.map((r) => r.currency)}::text[],
      ${rows.map((r) => r.wholesalePrice)}::int[], ${rows.map((r) => r.retailPrice)}::int[])`;
}

export async function insertStockMovements(db: Db, rows: { brandId: string; skuId: string; delta: number; reason: string; actorUserId: string | null }[]) {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO "StockMovement" ("id", "brandId", "skuId", "delta", "reason", "actorUserId", "createdAt")
    SELECT *, now() FROM unnest(${rows.map(() => newId())}::text[], ${rows.map((r) => r.brandId)}::text[], ${rows.map((r) => r.skuId)}::text[],
      ${rows.map((r) => r.delta)}::int[], ${rows.map((r) => r.reason)}::text[], ${rows.map((r) => r.actorUserId)}::text[])`;
}

/** Sets stock, colour and size of many existing SKUs in one statement. */
export async function updateSkus(db: Db, rows: { id: string; color: string; size: string; stockQuantity: number }[]) {
  if (!rows.length) return;
  await db.$executeRaw`
    UPDATE "Sku" AS s SET "color" = u.color, "size" = u.size, "stockQuantity" = u.stock, "updatedAt" = now()
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.color)}::text[], ${rows.map((r) => r.size)}::text[], ${rows.map((r) => r.stockQuantity)}::int[])
      AS u(id, color, size, stock)
    WHERE s."id" = u.id`;
}

export async function deleteSkuPrices(db: Db, rows: { skuId: string; currency: string }[]) {
  if (!rows.length) return;
  await db.$executeRaw`
    DELETE FROM "SkuPrice" AS p USING unnest(${rows.map((r) => r.skuId)}::text[], ${rows.map((r) => r.currency)}::text[]) AS d(sku, cur)
    WHERE p."skuId" = d.sku AND p."currency" = d.cur`;
}
