// The order rules on the brand's side: Order Management finds an order by its PO No. and exports
// the buyer's request and prepacks; the OC editor holds changed quantities to the products'
// current rules unless staff override them (recorded in the status history); the OC, its PDFs
// and e-mail carry the PO No., the requested delivery, the note and the prepacks.
import { describe, expect, it } from "vitest";
import { GET as orderPdf } from "@/app/admin/orders/[id]/pdf/route";
import { GET as exportOrders } from "@/app/admin/orders/export/route";
import { prisma } from "@/lib/db/client";
import { cancelOrderAsBuyerAction, createOcAction, findSkuForOrderAction, sendOcForApprovalAction } from "@/lib/orders/actions";
import { listOrders, orderHistory } from "@/lib/orders/queries";
import { parseOrderFilters } from "@/lib/orders/schemas";
import { actAs } from "../../support/next-request";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { createPackProduct, createRuleOrder } from "../../support/order-rule-orders";
import { renderedMail } from "../../support/outbox";
import { createProductWithSkus, createToShipOrders } from "../../support/shipping-orders";
import { pdfTextFragments } from "../../support/pdf-text";

const SIZE_RUN = { name: "Size run A", sizes: { S: 1, M: 2, L: 2, XL: 1 } };

async function csvOf(f: BrandFixture, query: string) {
  await actAs(f.staff);
  const response = await exportOrders(new Request(`http://localhost/admin/orders/export?${query}`));
  expect(response.status).toBe(200);
  return (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
}

/** The cells of one CSV row (cells are all quoted; a cell may hold line breaks). */
function cells(row: string): string[] {
  return [...row.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
}

async function pdfText(orderId: string, query = "") {
  const response = await orderPdf(new Request(`http://localhost/admin/orders/${orderId}/pdf${query}`), { params: Promise.resolve({ id: orderId }) });
  expect(response.status).toBe(200);
  return (await pdfTextFragments(new Uint8Array(await response.arrayBuffer()))).join("\n");
}

describe("PO No. in Order Management", { timeout: 120_000 }, () => {
  it("finds the order by its PO No. or its beginning, typed in capitals or not, with _ and % as plain characters, and never another brand's", async () => {
    const f = await createBrand();
    const other = await createBrand();
    const product = await createPackProduct(prisma, f.brand.id);
    const theirs = await createPackProduct(prisma, other.brand.id);
    const first = await createRuleOrder(prisma, f.brand, f.buyer.id, { product, singles: { M: 1 }, poNumber: "PO-2026-001", status: "PLEASE_CREATE_OC" });
    const second = await createRuleOrder(prisma, f.brand, f.buyer.id, { product, singles: { M: 1 }, poNumber: "PO-2026-002", status: "PLEASE_CREATE_OC" });
    const underscored = await createRuleOrder(prisma, f.brand, f.buyer.id, { product, singles: { M: 1 }, poNumber: "PO_7", status: "PLEASE_CREATE_OC" });
    await createRuleOrder(prisma, f.brand, f.buyer.id, { product, singles: { M: 1 }, status: "PLEASE_CREATE_OC" });
    const foreign = await createRuleOrder(prisma, other.brand, other.buyer.id, { product: theirs, singles: { M: 1 }, poNumber: "PO-2026-001", status: "PLEASE_CREATE_OC" });

    const ids = async (brand: BrandFixture["brand"], po: string) => (await listOrders(brand, parseOrderFilters({ po }), { skip: 0, take: 25 })).orders.map((o) => o.id).sort();
    expect(await ids(f.brand, "PO-2026-001")).toEqual([first.id]);
    expect(await ids(f.brand, " po-2026-00 ")).toEqual([first.id, second.id].sort());
    expect(await ids(f.brand, "PO-2026-003")).toEqual([]);
    expect(await ids(f.brand, "PO_")).toEqual([underscored.id]);
    expect(await ids(f.brand, "PO%")).toEqual([]);
    expect(await ids(f.brand, "2026-001")).toEqual([]);
    expect(await ids(other.brand, "PO-2026-001")).toEqual([foreign.id]);
    // The list shows the PO No. on each row.
    const { orders } = await listOrders(f.brand, parseOrderFilters({ po: "PO-2026-002" }), { skip: 0, take: 25 });
    expect(orders.map((o) => o.poNumber)).toEqual(["PO-2026-002"]);
    // Another brand's PO No. exports nothing either.
    expect(await csvOf(f, "po=NOT-THERE")).toHaveLength(1);
  });

  it("a PO No. prefix is answered as a range of the (brandId, poNumber) index, in capitals and as typed", async () => {
    // A brand with enough orders that scanning all of them costs more than the range.
    const f = await createBrand();
    const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock: [1] });
    await createToShipOrders(prisma, f.brand, f.buyer.id, Array.from({ length: 2000 }, () => ({ lines: [{ sku: skus[0], quantity: 1 }] })));
    await prisma.$executeRaw`UPDATE "Order" SET "poNumber" = 'PO-' || "number" WHERE "brandId" = ${f.brand.id}`;
    await prisma.$executeRawUnsafe(`ANALYZE "Order"`);
    const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT id FROM "Order" WHERE "brandId" = $1 AND ("poNumber" LIKE 'PO-12%' OR "poNumber" LIKE 'po-12%')`, f.brand.id,
    );
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("Order_brandId_poNumber_idx");
    expect(text).toMatch(/Index Cond: .*"poNumber" ~>=~ 'PO-12'::text\) AND \("poNumber" ~<~ 'PO-13'::text/);
    expect(text).toMatch(/Index Cond: .*"poNumber" ~>=~ 'po-12'::text/);
    // PO-12, PO-120 … PO-129 and PO-1200 … PO-1299 of the numbers 1 … 2000.
    const found = await listOrders(f.brand, parseOrderFilters({ po: "po-12" }), { skip: 0, take: 25 });
    expect(found.total).toBe(111);
    expect(found.orders.every((o) => o.poNumber?.startsWith("PO-12"))).toBe(true);
  });

  it("the search box's length limit applies: 10 kB in the address searches with its first 200 characters", async () => {
    const f = await createBrand();
    const product = await createPackProduct(prisma, f.brand.id);
    const head = "P".repeat(200);
    // Written directly: checkout keeps PO numbers shorter, so a hit proves the cut text reached the query.
    const order = await createRuleOrder(prisma, f.brand, f.buyer.id, { product, singles: { M: 1 }, poNumber: `${head}-tail`, status: "PLEASE_CREATE_OC" });
    const filters = parseOrderFilters({ po: head + "X".repeat(10_000) });
    expect(filters.po).toBe(head);
    expect((await listOrders(f.brand, filters, { skip: 0, take: 25 })).orders.map((o) => o.id)).toEqual([order.id]);
  });

  it("the CSV export has the PO No., the requested delivery, the note and the prepacks with their contents", async () => {
    const f = await createBrand();
    const product = await createPackProduct(prisma, f.brand.id, { rules: { saleMode: "PACKS_AND_SINGLES" }, prepacks: [SIZE_RUN] });
    const order = await createRuleOrder(prisma, f.brand, f.buyer.id, {
      product, singles: { M: 3 }, packs: [{ prepack: product.prepacks[0], packs: 3 }], poNumber: "=PO-42", requestedDeliveryFrom: "2026-12-15", requestedDeliveryTo: "2026-12-20",
      buyerNote: "Please ship before the sale.\nCall ahead.",
    });
    const [header, row] = await csvOf(f, `po=${encodeURIComponent("=PO-42")}`);
    const columns = cells(header);
    const values = Object.fromEntries(columns.map((c, i) => [c, cells(row)[i]]));
    expect(values).toMatchObject({
      "Order number": `${f.brand.orderPrefix}-${String(order.number).padStart(6, "0")}`,
      // A formula-like PO No. is neutralised, as every text cell.
      "PO No.": "'=PO-42",
      "Requested delivery from": "12/15/2026",
      "Requested delivery to": "12/20/2026",
      "Note from the buyer": "Please ship before the sale.\nCall ahead.",
      Prepacks: `${product.productCode} Size run A × 3 (Navy): S ×1, M ×2, L ×2, XL ×1`,
    });
  });
});

describe("the OC editor and the order rules", { timeout: 120_000 }, () => {
  /** A case-pack product (cases of 6, at least 12) ordered as 12 of size M, waiting for its OC. */
  async function casePackOrder(f: BrandFixture) {
    const product = await createPackProduct(prisma, f.brand.id, { rules: { orderMultiple: 6, minQuantity: 12 } });
    const order = await createRuleOrder(prisma, f.brand, f.buyer.id, { product, singles: { M: 12 }, status: "PLEASE_CREATE_OC" });
    return { product, order };
  }

  it("refuses a quantity that breaks a rule with the buyer's sentence beside it, and writes nothing", async () => {
    const f = await createBrand();
    const { order } = await casePackOrder(f);
    await actAs(f.staff);
    const result = await createOcAction({ orderId: order.id, from: "PLEASE_CREATE_OC", revision: 0, lines: [{ lineId: order.lines[0].id, quantity: 7, unitPrice: 1000 }] });
    expect(result).toMatchObject({
      ok: false, code: "ORDER_RULES",
      message: "Some quantities break order rules. Correct them, or tick “Save despite order rules”.",
      fieldErrors: { "lines.0.quantity": "Sold in cases of 6: 7 → 6 or 12" },
    });
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    expect(after).toMatchObject({ status: "PLEASE_CREATE_OC", ocRevision: 0 });
    expect(after.lines.map((l) => l.quantity)).toEqual([12]);
    expect(await prisma.auditEvent.count({ where: { entityId: order.id } })).toBe(0);
  });

  it("saves it with the override and records which rules were overridden in the status history", async () => {
    const f = await createBrand();
    const { product, order } = await casePackOrder(f);
    await actAs(f.staff);
    const result = await createOcAction({ orderId: order.id, from: "PLEASE_CREATE_OC", revision: 0, overrideRules: true, lines: [{ lineId: order.lines[0].id, quantity: 7, unitPrice: 1000 }] });
    expect(result).toMatchObject({ ok: true, data: { status: "OC_CREATED" } });
    expect((await prisma.orderLine.findUniqueOrThrow({ where: { id: order.lines[0].id } })).quantity).toBe(7);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: order.id, action: "oc.rules-override" } });
    expect(event.actorUserId).toBe(f.staff.id);
    expect((event.data as { rules: { code: string; productCode: string; skuCode: string | null }[] }).rules).toMatchObject([
      { code: "MULTIPLE", productCode: product.productCode, skuCode: `${product.productCode}-M` },
      { code: "MIN_PRODUCT", productCode: product.productCode, skuCode: null },
    ]);
    const history = (await orderHistory(f.brand.id, order.id, "en")).map((h) => h.text);
    expect(history).toContain(
      `Saved despite order rules: ${product.productCode} (${product.productCode}-M): Sold in cases of 6: 7 → 6 or 12; ${product.productCode}: At least 12 units of this product: the order has 7`,
    );
    const japanese = (await orderHistory(f.brand.id, order.id, "ja")).map((h) => h.text);
    expect(japanese).toContain(
      `注文ルールに反したまま保存：${product.productCode}（${product.productCode}-M）：6点単位での販売です：7 → 6 または 12／${product.productCode}：この商品は12点以上でご注文ください（現在7点）`,
    );
  });

  it("an override with nothing broken records nothing; a product staff did not change is not re-checked", async () => {
    const f = await createBrand();
    const { order } = await casePackOrder(f);
    // Ordered before the rule tightened: 12 is no longer a multiple of 5, but staff only change the price.
    await prisma.product.update({ where: { id: order.lines[0].productId }, data: { orderMultiple: 5 } });
    await actAs(f.staff);
    expect(await createOcAction({ orderId: order.id, from: "PLEASE_CREATE_OC", revision: 0, lines: [{ lineId: order.lines[0].id, quantity: 12, unitPrice: 900 }] })).toMatchObject({ ok: true });
    expect(await createOcAction({ orderId: order.id, from: "OC_CREATED", revision: 1, overrideRules: true, lines: [{ lineId: order.lines[0].id, quantity: 15, unitPrice: 900 }] })).toMatchObject({ ok: true });
    expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "oc.rules-override" } })).toBe(0);
  });

  it("checks a SKU added by code against its product's rules", async () => {
    const f = await createBrand();
    const { order } = await casePackOrder(f);
    const other = await createPackProduct(prisma, f.brand.id, { rules: { orderMultiple: 4 } });
    await actAs(f.staff);
    const found = await findSkuForOrderAction({ orderId: order.id, code: other.skus[0].code });
    expect(found).toMatchObject({ ok: true, data: { productId: other.id, rules: { orderMultiple: 4, saleMode: "SINGLES", prepacks: [] } } });
    const lines = [{ lineId: order.lines[0].id, quantity: 12, unitPrice: 1000 }, { skuId: other.skus[0].id, quantity: 3, unitPrice: 1000 }];
    expect(await createOcAction({ orderId: order.id, from: "PLEASE_CREATE_OC", revision: 0, lines })).toMatchObject({
      ok: false, code: "ORDER_RULES", fieldErrors: { "lines.1.quantity": "Sold in cases of 4: 3 → 4" },
    });
    expect(await createOcAction({ orderId: order.id, from: "PLEASE_CREATE_OC", revision: 0, lines: [lines[0], { ...lines[1], quantity: 8 }] })).toMatchObject({ ok: true });
  });

  it("a line from a prepack goes below its pack units only with the override; units above them are singles under the case pack", async () => {
    const f = await createBrand();
    const product = await createPackProduct(prisma, f.brand.id, { rules: { saleMode: "PACKS_AND_SINGLES", orderMultiple: 2 }, prepacks: [SIZE_RUN] });
    const order = await createRuleOrder(prisma, f.brand, f.buyer.id, { product, packs: [{ prepack: product.prepacks[0], packs: 2 }], status: "OC_CREATED" });
    expect(order.lines.map((l) => [l.size, l.quantity, l.packQuantity])).toEqual([["S", 2, 2], ["M", 4, 4], ["L", 4, 4], ["XL", 2, 2]]);
    const edit = (m: number, overrideRules = false) =>
      createOcAction({ orderId: order.id, from: "OC_CREATED", revision: 0, overrideRules, lines: order.lines.map((l) => ({ lineId: l.id, quantity: l.size === "M" ? m : l.quantity, unitPrice: 1000 })) });
    await actAs(f.staff);

    expect(await edit(3)).toMatchObject({ ok: false, code: "ORDER_RULES", fieldErrors: { "lines.1.quantity": "4 of these units came from prepacks: 3 leaves a pack incomplete" } });
    // Pack units are not held to the case pack; the single units on top of them are.
    expect(await edit(5)).toMatchObject({ ok: false, fieldErrors: { "lines.1.quantity": "Sold in cases of 2: 1 → 2" } });
    // Removing a line from a pack is going below its pack units too.
    const removed = await createOcAction({ orderId: order.id, from: "OC_CREATED", revision: 0, lines: order.lines.filter((l) => l.size !== "XL").map((l) => ({ lineId: l.id, quantity: l.quantity, unitPrice: 1000 })) });
    expect(removed).toMatchObject({ ok: false, fieldErrors: { lines: "2 of these units came from prepacks: 0 leaves a pack incomplete" } });

    expect(await edit(3, true)).toMatchObject({ ok: true });
    // Of the 3 units left, 3 count as from packs (never more than the line holds).
    expect((await prisma.orderLine.findUniqueOrThrow({ where: { id: order.lines[1].id } })).packQuantity).toBe(3);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: order.id, action: "oc.rules-override" } });
    expect(event.data).toMatchObject({ rules: [{ code: "BELOW_PACK_UNITS", skuCode: `${product.productCode}-M` }] });
  });
});

describe("the OC documents carry the buyer's request and the prepacks", { timeout: 180_000 }, () => {
  it("order detail data, OC PDF, delivery note PDF and the approval e-mail", async () => {
    const f = await createBrand();
    const product = await createPackProduct(prisma, f.brand.id, { rules: { saleMode: "PACKS_AND_SINGLES" }, prepacks: [SIZE_RUN] });
    const order = await createRuleOrder(prisma, f.brand, f.buyer.id, {
      product, singles: { M: 1 }, packs: [{ prepack: product.prepacks[0], packs: 3 }], status: "OC_CREATED", poNumber: "PO-7788",
      requestedDeliveryFrom: "2026-12-15", requestedDeliveryTo: "2026-12-20", buyerNote: "Deliver to the back door.",
    });
    await actAs(f.staff);

    const oc = await pdfText(order.id);
    expect(oc).toContain("PO No.: PO-7788");
    expect(oc).toContain("Requested delivery: Dec 15, 2026 – Dec 20, 2026");
    expect(oc).toContain(`${product.productCode} ${product.name}: Size run A × 3 (Navy): S ×1, M ×2, L ×2, XL ×1`);
    // M: 6 units from the packs and 1 single.
    expect(oc).toContain("7 (6 from packs)");
    expect(oc).toContain("Deliver to the back door.");

    const mLine = order.lines.find((l) => l.size === "M")!;
    await prisma.order.update({ where: { id: order.id }, data: { status: "OC_CONFIRMED", releaseStatus: "PARTIALLY_SHIPPED" } });
    await prisma.deliveryNote.create({ data: { orderId: order.id, sequence: 1, lines: { create: [{ orderLineId: mLine.id, quantity: 4 }] } } });
    const note = await pdfText(order.id, "?deliveryNote=1");
    expect(note).toContain("PO No.: PO-7788");
    expect(note).toContain("4 (4 from packs)");
    expect(note).toContain("Size run A × 3 (Navy): S ×1, M ×2, L ×2, XL ×1");

    // The approval e-mail repeats the PO No., the requested delivery and the prepacks.
    await prisma.order.update({ where: { id: order.id }, data: { status: "OC_CREATED", releaseStatus: null } });
    expect(await sendOcForApprovalAction({ orderId: order.id, sentAt: null })).toMatchObject({ ok: true });
    const mail = await renderedMail({ brandId: f.brand.id, template: "ocApprovalRequest" });
    expect(mail.text).toContain("PO No.: PO-7788");
    expect(mail.text).toContain("Requested delivery: Dec 15, 2026 – Dec 20, 2026");
    expect(mail.text).toContain(`${product.name}: Size run A × 3 (Navy): S ×1, M ×2, L ×2, XL ×1`);
  });

  it("the staff's notice of a buyer's cancellation names the PO No.", async () => {
    const f = await createBrand();
    const product = await createPackProduct(prisma, f.brand.id);
    const order = await createRuleOrder(prisma, f.brand, f.buyer.id, { product, singles: { M: 2 }, poNumber: "PO-CANCEL-9" });
    await actAs(f.buyerUser);
    expect(await cancelOrderAsBuyerAction({ orderId: order.id, reason: "Ordered twice" })).toMatchObject({ ok: true });
    const mail = await renderedMail({ brandId: f.brand.id, template: "orderCancelledByBuyer", to: f.owner.email });
    expect(mail.text).toContain("PO No.: PO-CANCEL-9");
  });

  it("the OC PDF in Japanese, for a Japanese order", async () => {
    const f = await createBrand();
    const product = await createPackProduct(prisma, f.brand.id, { rules: { saleMode: "PACKS_ONLY" }, prepacks: [SIZE_RUN] });
    const order = await createRuleOrder(prisma, f.brand, f.buyer.id, {
      product, packs: [{ prepack: product.prepacks[0], packs: 2 }], status: "OC_CREATED", language: "JA", poNumber: "発注-12", requestedDeliveryFrom: "2026-12-15",
    });
    await actAs(f.staff);
    const oc = await pdfText(order.id);
    expect(oc).toContain("発注番号: 発注-12");
    expect(oc).toContain("希望納期: 2026/12/15");
    expect(oc).toContain("Size run A × 2（Navy）：S ×1、M ×2、L ×2、XL ×1");
  });
});
