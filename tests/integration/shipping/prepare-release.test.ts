import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { prepareOrdersForRelease } from "@/lib/shipping/prepare-release";
import { prepareForReleaseAction } from "@/lib/shipping/actions";
import { releaseFailureText } from "@/lib/shipping/release-failure";
import { actAs, revalidatedPaths, setRequestHeaders } from "../../support/next-request";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { createProductWithSkus, createToShipOrders, type SkuRef } from "../../support/shipping-orders";

async function setup(stock: number[], options: { deliveryName?: string | null } = {}) {
  const f = await createBrand();
  const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock, deliveryName: options.deliveryName });
  return { f, skus };
}

async function stockOf(skus: SkuRef[]) {
  const rows = await prisma.sku.findMany({ where: { id: { in: skus.map((s) => s.id) } }, select: { id: true, stockQuantity: true } });
  return skus.map((s) => rows.find((r) => r.id === s.id)!.stockQuantity);
}

function order(id: string) {
  return prisma.order.findUniqueOrThrow({ where: { id } });
}

/** An order's stored Failed to Release detail as a reader of this language sees it. */
async function detailIn(locale: AppLocale, id: string) {
  const o = await order(id);
  return o.releaseFailureReason && o.releaseFailureDetail ? releaseFailureText(translatorFor(locale), locale, o.releaseFailureReason, o.releaseFailureDetail) : o.releaseFailureDetail;
}

async function prepare(f: BrandFixture, orderIds: string[]) {
  await actAs(f.ops);
  return prepareForReleaseAction({ orderIds });
}

describe("Preparing to Release", () => {
  it("moves an order to Preparing product, allocates its stock and tells the buyer", async () => {
    const { f, skus } = await setup([10, 5]);
    const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 3 }, { sku: skus[1], quantity: 5 }], contactEmail: "shop@buyer.example" }]);

    const result = await prepare(f, [o.id]);

    expect(result).toMatchObject({ ok: true, data: { released: 1, failed: 0, outcomes: [{ orderId: o.id, ok: true }] } });
    const after = await order(o.id);
    expect(after.releaseStatus).toBe("PREPARING_PRODUCT");
    expect(after.releasedAt).toBeInstanceOf(Date);
    expect(await stockOf(skus)).toEqual([7, 0]);
    const moves = await prisma.stockMovement.findMany({ where: { orderId: o.id }, orderBy: { delta: "asc" } });
    expect(moves.map((m) => [m.skuId, m.delta, m.reason])).toEqual([
      [skus[1].id, -5, "release.allocate"],
      [skus[0].id, -3, "release.allocate"],
    ]);
    const mail = await prisma.outboxEmail.findMany({ where: { brandId: f.brand.id } });
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: "shop@buyer.example", status: "PENDING" });
    expect(mail[0].subject).toContain("Order Processing");
    const audit = await prisma.auditEvent.findMany({ where: { entityId: o.id } });
    expect(audit).toMatchObject([{ action: "release.prepare", fromStatus: "NOT_YET_RELEASED", toStatus: "PREPARING_PRODUCT", actorUserId: f.ops.id }]);
    expect(revalidatedPaths()).toContain("/admin/shipping");
  });

  it("takes only what is still to deliver from an order with undelivered SKUs", async () => {
    const { f, skus } = await setup([10]);
    const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 4 }], status: "OC_CONFIRMED_UNDELIVERED" }]);
    const line = await prisma.orderLine.findFirstOrThrow({ where: { orderId: o.id } });
    await prisma.undeliveredSku.create({ data: { orderId: o.id, orderLineId: line.id, quantity: 1 } });
    expect((await prepare(f, [o.id])).ok).toBe(true);
    expect(await stockOf(skus)).toEqual([7]);
  });

  describe("Failed to Release reasons", () => {
    it("fails an order that has already been cancelled", async () => {
      const { f, skus } = await setup([10]);
      const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 1 }], status: "CANCELLED" }]);
      const result = await prepare(f, [o.id]);
      expect(result).toMatchObject({ ok: true, data: { released: 0, failed: 1, outcomes: [{ ok: false, reason: "ALREADY_CANCELLED" }] } });
      expect(await order(o.id)).toMatchObject({ releaseStatus: "FAILED_TO_RELEASE", releaseFailureReason: "ALREADY_CANCELLED" });
      expect(await stockOf(skus)).toEqual([10]);
      expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id } })).toBe(0);
    });

    it("fails an order with a missing or malformed address", async () => {
      const { f, skus } = await setup([10]);
      const [missing, malformed] = await createToShipOrders(prisma, f.brand, f.buyer.id, [
        { lines: [{ sku: skus[0], quantity: 1 }], address: { shipPostalCode: null, shipLine1: " " } },
        { lines: [{ sku: skus[0], quantity: 1 }], address: { shipPostalCode: "15-041" } },
      ]);
      const result = await prepare(f, [missing.id, malformed.id]);
      expect(result).toMatchObject({ ok: true, data: { failed: 2, outcomes: [{ reason: "ADDRESS_INCORRECT" }, { reason: "ADDRESS_INCORRECT" }] } });
      expect(await detailIn("en", missing.id)).toContain("has no street address and postal code");
      expect(await detailIn("en", malformed.id)).toContain('"15-041" is not valid for JP');
      expect(await stockOf(skus)).toEqual([10]);
    });

    it("fails an order containing a product without a delivery name", async () => {
      const f = await createBrand();
      const good = await createProductWithSkus(prisma, f.brand.id, { stock: [10] });
      const bad = await createProductWithSkus(prisma, f.brand.id, { stock: [10], deliveryName: null, name: "Canvas Tote" });
      const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: good.skus[0], quantity: 1 }, { sku: bad.skus[0], quantity: 1 }] }]);
      const result = await prepare(f, [o.id]);
      expect(result).toMatchObject({ ok: true, data: { outcomes: [{ ok: false, reason: "NO_DELIVERY_NAME" }] } });
      const after = await order(o.id);
      expect(after).toMatchObject({ releaseStatus: "FAILED_TO_RELEASE", releaseFailureReason: "NO_DELIVERY_NAME" });
      expect(await detailIn("en", o.id)).toContain(`Canvas Tote (${bad.productCode})`);
      expect(await stockOf([...good.skus, ...bad.skus])).toEqual([10, 10]);
    });

    it("fails an order when one SKU is short, taking nothing from the others", async () => {
      const { f, skus } = await setup([10, 2]);
      const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 4 }, { sku: skus[1], quantity: 3 }] }]);
      const result = await prepare(f, [o.id]);
      expect(result).toMatchObject({ ok: true, data: { outcomes: [{ ok: false, reason: "STOCK_SHORT" }] } });
      const after = await order(o.id);
      expect(after).toMatchObject({ releaseStatus: "FAILED_TO_RELEASE", releaseFailureReason: "STOCK_SHORT", releasedAt: null });
      expect(await detailIn("en", o.id)).toContain(`${skus[1].code} (needs 3, 2 in stock)`);
      expect(await stockOf(skus)).toEqual([10, 2]);
      expect(await prisma.stockMovement.count({ where: { orderId: o.id } })).toBe(0);
      expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id } })).toBe(0);
      expect(await prisma.auditEvent.findMany({ where: { entityId: o.id } })).toMatchObject([{ action: "release.fail", toStatus: "FAILED_TO_RELEASE" }]);
    });
  });

  it("says why each order failed in one sentence that does not repeat the reason", async () => {
    const f = await createBrand();
    const good = await createProductWithSkus(prisma, f.brand.id, { stock: [1] });
    const unnamed = await createProductWithSkus(prisma, f.brand.id, { stock: [10], deliveryName: null, name: "Canvas Tote" });
    const [cancelled, noAddress, badPostal, noName, short] = await createToShipOrders(prisma, f.brand, f.buyer.id, [
      { lines: [{ sku: good.skus[0], quantity: 1 }], status: "CANCELLED" },
      { lines: [{ sku: good.skus[0], quantity: 1 }], address: { shipCity: null, shipPostalCode: null } },
      { lines: [{ sku: good.skus[0], quantity: 1 }], address: { shipPostalCode: "15-041" } },
      { lines: [{ sku: unnamed.skus[0], quantity: 1 }] },
      { lines: [{ sku: good.skus[0], quantity: 3 }] },
    ]);
    const result = await prepare(f, [cancelled.id, noAddress.id, badPostal.id, noName.id, short.id]);
    if (!result.ok) throw new Error(result.message);
    const message = (id: string) => {
      const outcome = result.data.outcomes.find((o) => o.orderId === id);
      return outcome && !outcome.ok ? outcome.message : undefined;
    };

    expect(message(cancelled.id)).toBe("The order is not available for shipment (already cancelled).");
    expect(message(noAddress.id)).toBe("The shipping address has no city and postal code: please contact the customer directly to confirm the correct recipient's address.");
    expect(message(badPostal.id)).toBe('The postal code "15-041" is not valid for JP: please contact the customer directly to confirm the correct recipient\'s address.');
    expect(message(noName.id)).toBe(`There is no delivery name in the registered product information of Canvas Tote (${unnamed.productCode}).`);
    expect(message(short.id)).toBe(`Not enough stock for ${good.skus[0].code} (needs 3, 1 in stock): please check the total quantity and inventory status for each option.`);
    // The order keeps the same words under its reason badge (nothing to add for a cancelled one).
    for (const o of [noAddress, badPostal, noName, short]) expect(await detailIn("en", o.id)).toBe(message(o.id));
    expect((await order(cancelled.id)).releaseFailureDetail).toBeNull();
  });

  describe("in the reader's language", () => {
    it("stores a failure detail as a key, so it reads in English or in Japanese for whoever opens the order", async () => {
      const { f, skus } = await setup([1]);
      const [short, noAddress] = await createToShipOrders(prisma, f.brand, f.buyer.id, [
        { lines: [{ sku: skus[0], quantity: 3 }] },
        { lines: [{ sku: skus[0], quantity: 1 }], address: { shipCity: null, shipPostalCode: null } },
      ]);
      await prepare(f, [short.id, noAddress.id]);

      expect((await order(short.id)).releaseFailureDetail).toMatch(/^shipping\.failure\.stockShort\|/);
      expect(await detailIn("en", short.id)).toBe(`Not enough stock for ${skus[0].code} (needs 3, 1 in stock): please check the total quantity and inventory status for each option.`);
      expect(await detailIn("ja", short.id)).toBe(`${skus[0].code}（必要数 3、在庫 1）の在庫が不足しています。オプションごとの合計数量と在庫状況をご確認ください。`);
      expect(await detailIn("en", noAddress.id)).toBe("The shipping address has no city and postal code: please contact the customer directly to confirm the correct recipient's address.");
      expect(await detailIn("ja", noAddress.id)).toBe("配送先住所の市区町村、郵便番号が入力されていません。お客様に直接ご連絡のうえ、正しいお届け先住所をご確認ください。");
      // The status history keeps the English sentence it has always shown, and the key beside it.
      const [event] = await prisma.auditEvent.findMany({ where: { entityId: short.id, action: "release.fail" } });
      expect(event.data).toMatchObject({ reason: "STOCK_SHORT", detail: await detailIn("en", short.id), detailMessage: (await order(short.id)).releaseFailureDetail });
    });

    it("tells a Japanese staff member in Japanese why each order did not move on", async () => {
      const f = await createBrand();
      const good = await createProductWithSkus(prisma, f.brand.id, { stock: [1] });
      const unnamed = await createProductWithSkus(prisma, f.brand.id, { stock: [10], deliveryName: null, name: "Canvas Tote" });
      const [released, cancelled, noName, short] = await createToShipOrders(prisma, f.brand, f.buyer.id, [
        { lines: [{ sku: good.skus[0], quantity: 1 }] },
        { lines: [{ sku: good.skus[0], quantity: 1 }], status: "CANCELLED" },
        { lines: [{ sku: unnamed.skus[0], quantity: 1 }] },
        { lines: [{ sku: good.skus[0], quantity: 3 }] },
      ]);
      await prisma.user.update({ where: { id: f.ops.id }, data: { language: "JA" } });
      await actAs(f.ops);
      setRequestHeaders({ "x-app-path": "/admin/shipping", "accept-language": "en-US" });

      const result = await prepareForReleaseAction({ orderIds: [released.id, cancelled.id, noName.id, short.id] });
      if (!result.ok) throw new Error(result.message);
      const message = (id: string) => {
        const outcome = result.data.outcomes.find((o) => o.orderId === id);
        return outcome && !outcome.ok ? outcome.message : undefined;
      };
      expect(result.data).toMatchObject({ released: 1, failed: 3 });
      expect(message(cancelled.id)).toBe("キャンセル済みのため出荷できません。");
      expect(message(noName.id)).toBe(`Canvas Tote（${unnamed.productCode}）の登録商品情報に納品書用商品名がありません。`);
      expect(message(short.id)).toBe(`${good.skus[0].code}（必要数 3、在庫 0）の在庫が不足しています。オプションごとの合計数量と在庫状況をご確認ください。`);

      // Clicking again: the released order was changed meanwhile (by this very run).
      const again = await prepareForReleaseAction({ orderIds: [released.id] });
      expect(again).toMatchObject({ ok: true, data: { outcomes: [{ ok: false, reason: "ALREADY_CHANGED", message: "この注文の出荷準備ステータスは、すでに他のスタッフが変更しています。" }] } });
    });

    it("refuses an empty selection and another brand's order in Japanese", async () => {
      const mine = await setup([10]);
      const theirs = await setup([10]);
      const [other] = await createToShipOrders(prisma, theirs.f.brand, theirs.f.buyer.id, [{ lines: [{ sku: theirs.skus[0], quantity: 1 }] }]);
      await prisma.user.update({ where: { id: mine.f.ops.id }, data: { language: "JA" } });
      await actAs(mine.f.ops);
      setRequestHeaders({ "x-app-path": "/admin/shipping" });
      expect(await prepareForReleaseAction({ orderIds: [] })).toMatchObject({ ok: false, code: "VALIDATION", message: "入力内容をご確認ください。", fieldErrors: { orderIds: "注文を1件以上選択してください。" } });
      expect(await prepareForReleaseAction({ orderIds: [other.id] })).toMatchObject({ ok: false, code: "NOT_FOUND", message: "選択した注文の一部が見つかりません。" });
    });
  });

  it("releases a failed order once it is fixed and tried again", async () => {
    const { f, skus } = await setup([1]);
    const [short, noAddress] = await createToShipOrders(prisma, f.brand, f.buyer.id, [
      { lines: [{ sku: skus[0], quantity: 3 }] },
      { lines: [{ sku: skus[0], quantity: 1 }], address: { shipCity: null } },
    ]);
    await prepare(f, [short.id, noAddress.id]);
    expect((await order(short.id)).releaseStatus).toBe("FAILED_TO_RELEASE");
    expect((await order(noAddress.id)).releaseStatus).toBe("FAILED_TO_RELEASE");

    await prisma.sku.update({ where: { id: skus[0].id }, data: { stockQuantity: 4 } });
    await prisma.order.update({ where: { id: noAddress.id }, data: { shipCity: "Kyoto" } });
    const retry = await prepare(f, [short.id, noAddress.id]);

    expect(retry).toMatchObject({ ok: true, data: { released: 2, failed: 0 } });
    expect(await order(short.id)).toMatchObject({ releaseStatus: "PREPARING_PRODUCT", releaseFailureReason: null, releaseFailureDetail: null });
    expect(await stockOf(skus)).toEqual([0]);
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: short.id }, orderBy: { createdAt: "asc" } })).map((a) => `${a.action}:${a.fromStatus}`);
    expect(actions).toEqual(["release.fail:NOT_YET_RELEASED", "release.prepare:FAILED_TO_RELEASE"]);
  });

  it("releases an order exactly once when ten people click at the same time", async () => {
    const { f, skus } = await setup([100]);
    const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 7 }] }]);
    await actAs(f.ops);
    const results = await Promise.all(Array.from({ length: 10 }, () => prepareForReleaseAction({ orderIds: [o.id] })));
    const outcomes = results.map((r) => (r.ok ? r.data.outcomes[0] : null));
    expect(outcomes.filter((x) => x?.ok)).toHaveLength(1);
    expect(outcomes.filter((x) => x && !x.ok && x.reason === "ALREADY_CHANGED")).toHaveLength(9);
    expect(await stockOf(skus)).toEqual([93]);
    expect(await prisma.auditEvent.count({ where: { entityId: o.id, action: "release.prepare" } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id } })).toBe(1);
  });

  it("never takes a unit twice when two bulk releases race over the same SKUs", async () => {
    // 2 × 200 orders, each wanting 1–3 of SKU A and 1 of SKU B, lines in either order.
    const { f, skus } = await setup([300, 1000]);
    const [a, b] = skus;
    const specs = Array.from({ length: 400 }, (_, i) => {
      const lines = [{ sku: a, quantity: 1 + (i % 3) }, { sku: b, quantity: 1 }];
      return { lines: i % 2 ? lines : lines.reverse() };
    });
    const orders = await createToShipOrders(prisma, f.brand, f.buyer.id, specs);
    const brand = { id: f.brand.id, name: f.brand.name, orderPrefix: f.brand.orderPrefix };
    const actor = { userId: f.ops.id, label: "ops" };
    const [first, second] = await Promise.all([
      prepareOrdersForRelease({ brand, actor, orderIds: orders.slice(0, 200).map((o) => o.id) }),
      prepareOrdersForRelease({ brand, actor: { userId: f.admin.id, label: "admin" }, orderIds: orders.slice(200).map((o) => o.id) }),
    ]);
    const outcomes = [...first, ...second];
    const released = outcomes.filter((o) => o.ok);
    const failed = outcomes.filter((o) => !o.ok);
    expect(failed.every((o) => !o.ok && o.reason === "STOCK_SHORT")).toBe(true);
    expect(released.length + failed.length).toBe(400);

    // Every unit of A taken exactly once by a released order, never below zero.
    const rows = await prisma.order.findMany({ where: { id: { in: orders.map((o) => o.id) } }, select: { id: true, releaseStatus: true } });
    const releasedIds = new Set(rows.filter((r) => r.releaseStatus === "PREPARING_PRODUCT").map((r) => r.id));
    expect(releasedIds.size).toBe(released.length);
    const takenA = specs.reduce((sum, spec, i) => sum + (releasedIds.has(orders[i].id) ? spec.lines.find((l) => l.sku.id === a.id)!.quantity : 0), 0);
    const [stockA, stockB] = await stockOf(skus);
    expect(stockA).toBeGreaterThanOrEqual(0);
    expect(stockA).toBe(300 - takenA);
    expect(stockB).toBe(1000 - released.length);
    // Nothing half-done: a released order has both movements, a failed one none.
    const moves = await prisma.stockMovement.groupBy({ by: ["orderId"], where: { brandId: f.brand.id }, _count: { _all: true } });
    expect(moves).toHaveLength(released.length);
    expect(moves.every((m) => releasedIds.has(m.orderId!) && m._count._all === 2)).toBe(true);
    // The failures are real: what is left of A cannot cover any failed order.
    const smallestFailedNeed = Math.min(...specs.filter((_, i) => !releasedIds.has(orders[i].id)).map((s) => s.lines.find((l) => l.sku.id === a.id)!.quantity));
    expect(stockA).toBeLessThan(smallestFailedNeed);
    expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id } })).toBe(released.length);
  });

  it("releases each order once when two bulk releases pick the same orders", async () => {
    const { f, skus } = await setup([1000]);
    const orders = await createToShipOrders(prisma, f.brand, f.buyer.id, Array.from({ length: 100 }, () => ({ lines: [{ sku: skus[0], quantity: 2 }] })));
    const brand = { id: f.brand.id, name: f.brand.name, orderPrefix: f.brand.orderPrefix };
    const ids = orders.map((o) => o.id);
    const [x, y] = await Promise.all([
      prepareOrdersForRelease({ brand, actor: { label: "a" }, orderIds: ids }),
      prepareOrdersForRelease({ brand, actor: { label: "b" }, orderIds: [...ids].reverse() }),
    ]);
    const wins = [...x, ...y].filter((o) => o.ok).length;
    expect(wins).toBe(100);
    expect(await stockOf(skus)).toEqual([800]);
    expect(await prisma.auditEvent.count({ where: { brandId: f.brand.id, action: "release.prepare" } })).toBe(100);
  });

  it("releases 1,000 orders in one run", async () => {
    const { f, skus } = await setup([5000, 5000, 5000, 5000]);
    const orders = await createToShipOrders(
      prisma,
      f.brand,
      f.buyer.id,
      Array.from({ length: 1000 }, (_, i) => ({ lines: [{ sku: skus[i % 4], quantity: 2 }, { sku: skus[(i + 1) % 4], quantity: 1 }, { sku: skus[(i + 2) % 4], quantity: 1 }] })),
    );
    const started = performance.now();
    const outcomes = await prepareOrdersForRelease({ brand: { id: f.brand.id, name: f.brand.name, orderPrefix: f.brand.orderPrefix }, actor: { label: "ops" }, orderIds: orders.map((o) => o.id) });
    const seconds = (performance.now() - started) / 1000;
    console.log(`prepare for release: 1,000 orders in ${seconds.toFixed(2)} s`);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1000);
    expect((await stockOf(skus)).reduce((a, b) => a + b, 0)).toBe(20000 - 4000);
  }, 120_000);

  it("answers another brand's order with not found and changes nothing", async () => {
    const mine = await setup([10]);
    const theirs = await setup([10]);
    const [own] = await createToShipOrders(prisma, mine.f.brand, mine.f.buyer.id, [{ lines: [{ sku: mine.skus[0], quantity: 1 }] }]);
    const [other] = await createToShipOrders(prisma, theirs.f.brand, theirs.f.buyer.id, [{ lines: [{ sku: theirs.skus[0], quantity: 1 }] }]);
    expect(await prepare(mine.f, [own.id, other.id])).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await order(own.id)).releaseStatus).toBe("NOT_YET_RELEASED");
    expect((await order(other.id)).releaseStatus).toBe("NOT_YET_RELEASED");
    expect(await stockOf([...mine.skus, ...theirs.skus])).toEqual([10, 10]);
  });

  it("is refused to roles without shipping and to an empty selection", async () => {
    const { f, skus } = await setup([10]);
    const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 1 }] }]);
    await actAs(f.staff);
    expect(await prepareForReleaseAction({ orderIds: [o.id] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs(f.ops);
    expect(await prepareForReleaseAction({ orderIds: [] })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { orderIds: "Select at least one order." } });
    expect((await order(o.id)).releaseStatus).toBe("NOT_YET_RELEASED");
  });
});
