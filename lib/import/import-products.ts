import "server-only";
// Spreadsheet import of products and SKUs. Preview parses and checks the whole file (rows, then
// against the brand's data) and imports nothing while any error remains; a clean file is kept
// under a one-time id and applied in chunks so the page can show progress on large files. Each
// chunk is one transaction that creates or updates by product ID and SKU code (re-running a chunk
// changes nothing more), with stock changes logged as movements and one audit event per chunk.
// Order-rule columns set the rules of their products (prepacks replaced, keeping the ids of packs
// that stay by name); the rules are checked at preview and again when applied, as the product form
// checks them.
import { randomBytes } from "node:crypto";
import { memberActor, recordAudit, type Acting } from "@/lib/audit/record-audit";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { replacePrepacks } from "@/lib/products/prepacks";
import { IMPORT_REASON } from "@/lib/products/stock-reasons";
import { storage } from "@/lib/storage/storage";
import { newId } from "@/lib/db/new-id";
import { deleteSkuPrices, insertProducts, insertSkuPrices, insertSkus, insertStockMovements, updateSkus } from "./bulk-insert";
import { parseCsv } from "./csv";
import { chunkProducts, MAX_SHEET_ERRORS, parseProductSheet, type ParsedSheet, type SheetError, type SheetProduct } from "./product-sheet";
import { mergeRules, RULE_COLUMNS, RULE_FIELDS, ruleProblems, type RuleField, type StoredRules } from "./rule-columns";
import { readXlsx } from "./xlsx";
import { emitLowStock } from "@/lib/webhooks/low-stock";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const CHUNK_ROWS = 2000;

export type ImportSummary = { rows: number; productsCreated: number; productsUpdated: number; skusCreated: number; skusUpdated: number; currencies: string[] };
export type ImportPreview =
  | { ok: false; errors: SheetError[]; rows: number }
  | { ok: true; importId: string; chunks: number; summary: ImportSummary; sample: { row: number; productCode: string; name: string; skuCode: string; color: string; size: string; stock: number | null; prices: string }[] };

const IMPORT_ID = /^[A-Za-z0-9_-]{20,64}$/;
const keyOf = (brandId: string, importId: string) => `imports/${brandId}/${importId}.json`;

/** Reads a CSV or XLSX file (by its bytes: XLSX is a zip) into rows of text. */
export async function readSheetFile(name: string, bytes: Uint8Array): Promise<string[][]> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) {
    try {
      return await readXlsx(bytes);
    } catch {
      throw new AppError("VALIDATION", msg("products.import.errors.xlsxUnreadable"), { file: msg("products.import.errors.xlsxUnreadableFile", { name }) });
    }
  }
  if (/\.xlsx?$/i.test(name)) throw new AppError("VALIDATION", msg("products.import.errors.notXlsx"), { file: msg("products.import.errors.notXlsxFile", { name }) });
  return parseCsv(new TextDecoder("utf-8").decode(bytes));
}

type Conflict = { row: number; column: string; code: string; product: string };

/** Rows whose SKU code another product of the brand already uses (needs the brand's data). */
export async function databaseConflicts(db: Pick<Tx, "$queryRaw">, brandId: string, products: SheetProduct[], skuCodeColumn = "SKU Code"): Promise<Conflict[]> {
  const codes = products.flatMap((p) => p.skus.map((s) => s.code));
  // One set-based query (= ANY of an array) instead of an IN list of thousands of parameters.
  const existing = await db.$queryRaw<{ code: string; productCode: string }[]>`
    SELECT s."code", p."productCode" FROM "Sku" s JOIN "Product" p ON p."id" = s."productId"
    WHERE s."brandId" = ${brandId} AND s."code" = ANY(${codes}::text[])`;
  const owner = new Map(existing.map((s) => [s.code, s.productCode]));
  const conflicts: Conflict[] = [];
  for (const product of products) {
    for (const sku of product.skus) {
      const other = owner.get(sku.code);
      if (other && other !== product.productCode) conflicts.push({ row: sku.row, column: skuCodeColumn, code: sku.code, product: other });
    }
  }
  return conflicts;
}

type StoredProductRules = { id: string; rules: StoredRules; sizes: string[] };

/** The current rules and SKU sizes of the brand's products with these codes (those a file gives rules for). */
async function storedRulesOf(db: Pick<Tx, "product">, brandId: string, codes: string[]): Promise<Map<string, StoredProductRules>> {
  if (codes.length === 0) return new Map();
  const rows = await db.product.findMany({
    where: { brandId, productCode: { in: codes } },
    select: {
      id: true, productCode: true, minQuantity: true, minQuantityPerSku: true, orderMultiple: true, maxQuantity: true, saleMode: true,
      prepacks: { orderBy: { position: "asc" }, select: { name: true, sizes: { orderBy: { position: "asc" }, select: { size: true, quantity: true } } } },
      skus: { select: { size: true } },
    },
  });
  return new Map(
    rows.map((r) => [
      r.productCode,
      {
        id: r.id,
        rules: { minQuantity: r.minQuantity, minQuantityPerSku: r.minQuantityPerSku, orderMultiple: r.orderMultiple, maxQuantity: r.maxQuantity, saleMode: r.saleMode, prepacks: r.prepacks },
        sizes: r.skus.map((s) => s.size),
      },
    ]),
  );
}

const COLUMN_OF = Object.fromEntries(RULE_COLUMNS.map((column) => [RULE_FIELDS[column], column])) as Record<RuleField, string>;

/** Rows whose rules, with the product's other rules and sizes, break an order rule (as the product form would say). */
async function ruleErrors(db: Pick<Tx, "product">, brandId: string, products: SheetProduct[], ruleColumns: ParsedSheet["ruleColumns"]): Promise<SheetError[]> {
  const withRules = products.filter((p) => p.rules);
  const stored = await storedRulesOf(db, brandId, withRules.map((p) => p.productCode));
  return withRules.flatMap((p) => {
    const current = stored.get(p.productCode);
    const sizes = [...new Set([...p.skus.map((s) => s.size), ...(current?.sizes ?? [])])];
    return ruleProblems(mergeRules(p.rules!, current?.rules ?? null), sizes).map(({ field, message }) => ({ row: p.row, column: ruleColumns[field] ?? COLUMN_OF[field], message }));
  });
}

async function databaseErrors(db: Pick<Tx, "$queryRaw" | "product">, brandId: string, sheet: ParsedSheet): Promise<SheetError[]> {
  const conflicts = await databaseConflicts(db, brandId, sheet.products, sheet.skuCodeColumn);
  return [
    ...conflicts.map(({ row, column, code, product }) => ({ row, column, message: msg("products.import.errors.skuOfOtherProduct", { code, product }) })),
    ...(await ruleErrors(db, brandId, sheet.products, sheet.ruleColumns)),
  ];
}

async function summarize(brandId: string, sheet: ParsedSheet): Promise<ImportSummary> {
  const codes = sheet.products.map((p) => p.productCode);
  const skuCodes = sheet.products.flatMap((p) => p.skus.map((s) => s.code));
  const [[products], [skus]] = await Promise.all([
    prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Product" WHERE "brandId" = ${brandId} AND "productCode" = ANY(${codes}::text[])`,
    prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Sku" WHERE "brandId" = ${brandId} AND "code" = ANY(${skuCodes}::text[])`,
  ]);
  return {
    rows: sheet.rowCount,
    productsCreated: codes.length - products.n,
    productsUpdated: products.n,
    skusCreated: skuCodes.length - skus.n,
    skusUpdated: skus.n,
    currencies: sheet.currencies,
  };
}

export async function previewImport(brandId: string, file: unknown): Promise<ImportPreview> {
  if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", msg("products.import.errors.chooseFile"), { file: msg("products.import.errors.chooseFile") });
  if (file.size > MAX_IMPORT_BYTES) throw new AppError("VALIDATION", msg("products.import.errors.tooLarge"), { file: msg("products.import.errors.tooLargeFile") });
  const table = await readSheetFile(file.name, new Uint8Array(await file.arrayBuffer()));
  const sheet = parseProductSheet(table);
  const errors = sheet.errors.length ? sheet.errors : await databaseErrors(prisma, brandId, sheet);
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.row - b.row).slice(0, MAX_SHEET_ERRORS), rows: sheet.rowCount };
  const importId = randomBytes(18).toString("base64url");
  await storage().put(keyOf(brandId, importId), new TextEncoder().encode(JSON.stringify(sheet.products)), "application/json");
  const sample = sheet.products.flatMap((p) =>
    p.skus.map((s) => ({
      row: s.row, productCode: p.productCode, name: p.name, skuCode: s.code, color: s.color, size: s.size, stock: s.stock,
      prices: s.prices.map((x) => `${x.currency} ${x.wholesalePrice}`).join(", "),
    })),
  ).slice(0, 20);
  return { ok: true, importId, chunks: chunkProducts(sheet.products, CHUNK_ROWS).length, summary: await summarize(brandId, sheet), sample };
}

async function loadImport(brandId: string, importId: string): Promise<SheetProduct[]> {
  if (!IMPORT_ID.test(importId)) throw new AppError("IMPORT_EXPIRED", msg("products.import.errors.expired"));
  const bytes = await storage().get(keyOf(brandId, importId));
  if (!bytes) throw new AppError("IMPORT_EXPIRED", msg("products.import.errors.expired"));
  return JSON.parse(new TextDecoder().decode(bytes)) as SheetProduct[];
}

/**
 * Creates or updates the products and SKUs of checked sheet rows by product ID and SKU code, in the
 * caller's transaction (the import's chunks, and the integration API's product upsert).
 */
export async function applySheetProducts(tx: Tx, brandId: string, user: Acting, products: SheetProduct[], auditAction = "products.import") {
  const conflicts = await databaseConflicts(tx, brandId, products);
  if (conflicts.length) {
    const { row, column, code, product } = conflicts[0];
    throw new AppError("IMPORT_CONFLICT", msg("products.import.errors.conflict", { row, column, code, product }));
  }
  const existingProducts = await tx.product.findMany({
    where: { brandId, productCode: { in: products.map((p) => p.productCode) } },
    select: { id: true, productCode: true, name: true, description: true, deliveryName: true },
  });
  const productByCode = new Map(existingProducts.map((p) => [p.productCode, p]));
  const toCreate = products.filter((p) => !productByCode.has(p.productCode));
  const created = toCreate.map((p) => ({ id: newId(), brandId, productCode: p.productCode, name: p.name, description: p.description, deliveryName: p.deliveryName }));
  await insertProducts(tx, created);
  const createdIds = new Set(created.map((p) => p.id));
  for (const p of created) productByCode.set(p.productCode, p);
  let productsUpdated = 0;
  const namesUpdated = new Set<string>();
  for (const p of products) {
    const row = productByCode.get(p.productCode)!;
    if (createdIds.has(row.id)) continue;
    // Blank description / delivery name cells keep what is there.
    const data = { name: p.name, description: p.description ?? row.description, deliveryName: p.deliveryName ?? row.deliveryName };
    if (data.name !== row.name || data.description !== row.description || data.deliveryName !== row.deliveryName) {
      await tx.product.update({ where: { id: row.id }, data });
      namesUpdated.add(row.id);
      productsUpdated++;
    }
  }

  const skuRows = products.flatMap((p) => p.skus.map((s) => ({ ...s, productId: productByCode.get(p.productCode)!.id })));
  const existingSkus = await tx.sku.findMany({ where: { brandId, code: { in: skuRows.map((s) => s.code) } }, select: { id: true, code: true, color: true, size: true, stockQuantity: true } });
  const skuByCode = new Map(existingSkus.map((s) => [s.code, s]));
  const newSkus = skuRows.filter((s) => !skuByCode.has(s.code));
  // New SKUs go after the product's current ones.
  const touched = [...new Set(newSkus.map((s) => s.productId))].filter((id) => !createdIds.has(id));
  const maxPositions = touched.length ? await tx.sku.groupBy({ by: ["productId"], where: { productId: { in: touched } }, _max: { position: true } }) : [];
  const nextPosition = new Map(maxPositions.map((m) => [m.productId, (m._max.position ?? -1) + 1]));
  const createdSkus = newSkus.map((s) => {
    const position = nextPosition.get(s.productId) ?? 0;
    nextPosition.set(s.productId, position + 1);
    return { id: newId(), brandId, productId: s.productId, code: s.code, color: s.color, size: s.size, stockQuantity: s.stock ?? 0, position };
  });
  await insertSkus(tx, createdSkus);
  const idByCode = new Map([...existingSkus.map((s) => [s.code, s.id] as const), ...createdSkus.map((s) => [s.code, s.id] as const)]);
  const movements: { brandId: string; skuId: string; delta: number; reason: string; actorUserId: string | null }[] = [];
  for (const s of createdSkus) if (s.stockQuantity) movements.push({ brandId, skuId: s.id, delta: s.stockQuantity, reason: IMPORT_REASON, actorUserId: user.id });
  const skuUpdates: { id: string; color: string; size: string; stockQuantity: number }[] = [];
  for (const s of skuRows) {
    const current = skuByCode.get(s.code);
    if (!current) continue;
    const stock = s.stock ?? current.stockQuantity;
    if (current.color !== s.color || current.size !== s.size || current.stockQuantity !== stock) {
      skuUpdates.push({ id: current.id, color: s.color, size: s.size, stockQuantity: stock });
      if (stock !== current.stockQuantity) movements.push({ brandId, skuId: current.id, delta: stock - current.stockQuantity, reason: IMPORT_REASON, actorUserId: user.id });
    }
  }
  await updateSkus(tx, skuUpdates);
  const stockBefore = new Map(existingSkus.map((s) => [s.id, s.stockQuantity]));
  await emitLowStock(tx, brandId, skuUpdates.map((u) => ({ skuId: u.id, before: stockBefore.get(u.id)!, after: u.stockQuantity })));
  const skusUpdated = skuUpdates.length;
  // A price given in the file replaces that SKU's price in that currency; blank cells keep theirs.
  const priceRows = skuRows.flatMap((s) => s.prices.map((p) => ({ skuId: idByCode.get(s.code)!, skuCode: s.code, ...p })));
  await deleteSkuPrices(tx, priceRows.filter((p) => skuByCode.has(p.skuCode)));
  await insertSkuPrices(tx, priceRows);
  await insertStockMovements(tx, movements);
  const rulesUpdated = await applyRules(tx, brandId, products);
  productsUpdated += rulesUpdated.filter((id) => !createdIds.has(id) && !namesUpdated.has(id)).length;
  const counts = { productsCreated: created.length, productsUpdated, skusCreated: createdSkus.length, skusUpdated, rows: skuRows.length };
  await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Brand", entityId: brandId, action: auditAction, data: counts });
  return counts;
}

const sameRules = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Sets the rules the chunk's rows give (after its SKUs, whose sizes the prepacks use); returns the ids of products changed. */
async function applyRules(tx: Tx, brandId: string, products: SheetProduct[]): Promise<string[]> {
  const withRules = products.filter((p) => p.rules);
  const stored = await storedRulesOf(tx, brandId, withRules.map((p) => p.productCode));
  const changed: string[] = [];
  for (const p of withRules) {
    const current = stored.get(p.productCode)!;
    const rules = mergeRules(p.rules!, current.rules);
    // Checked at preview; the product may have changed since (a SKU removed in the form).
    if (ruleProblems(rules, current.sizes).length) throw new AppError("IMPORT_CONFLICT", msg("products.import.errors.rulesChanged", { code: p.productCode }));
    const { prepacks, ...columns } = rules;
    const { prepacks: currentPacks, ...currentColumns } = current.rules;
    const columnsChanged = (Object.keys(columns) as (keyof typeof columns)[]).some((k) => columns[k] !== currentColumns[k]);
    if (columnsChanged) await tx.product.update({ where: { id: current.id }, data: columns });
    const packsChanged = !sameRules(prepacks, currentPacks);
    if (packsChanged) await replacePrepacks(tx, brandId, current.id, prepacks, "prepacks");
    if (columnsChanged || packsChanged) changed.push(current.id);
  }
  return changed;
}

/** Applies one chunk of a previewed import; returns the rows done so far and the total. */
export async function applyImportChunk(brandId: string, user: Acting, importId: string, chunk: number) {
  const products = await loadImport(brandId, importId);
  const chunks = chunkProducts(products, CHUNK_ROWS);
  if (!Number.isInteger(chunk) || chunk < 0 || chunk >= chunks.length) throw new AppError("VALIDATION", msg("products.import.errors.chunkMissing"));
  const counts = await prisma.$transaction((tx) => applySheetProducts(tx, brandId, user, chunks[chunk]), { timeout: 120_000 });
  const rowsDone = chunks.slice(0, chunk + 1).reduce((n, c) => n + c.reduce((m, p) => m + p.skus.length, 0), 0);
  const totalRows = products.reduce((n, p) => n + p.skus.length, 0);
  const done = chunk === chunks.length - 1;
  if (done) await storage().delete(keyOf(brandId, importId));
  return { ...counts, rowsDone, totalRows, done };
}
