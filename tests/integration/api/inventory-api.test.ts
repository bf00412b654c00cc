// Inventory through the integration API: many SKUs set or adjusted in one call, all or nothing,
// and idempotent with an Idempotency-Key: the same key twice (or twenty times at once) makes one
// change; the same key with another body is refused; without a key the call is refused.
import { describe, expect, it } from "vitest";
import { POST as inventory } from "@/app/api/v1/inventory/route";
import { prisma } from "@/lib/db/client";
import { callApi, createTestKey } from "../../support/api-client";
import { createBrand } from "../../support/fixtures";
import { createProductWithSkus } from "../orders/order-fixture";

async function world() {
  const f = await createBrand();
  const key = await createTestKey(f, ["inventory:write"], "WMS");
  const product = await createProductWithSkus(f, 2);
  const [a, b] = product.skus;
  return { f, key, a, b };
}

const stock = async (id: string) => (await prisma.sku.findUniqueOrThrow({ where: { id } })).stockQuantity;

describe("inventory API", () => {
  it("sets one SKU and adjusts another in one call, logging each as a stock adjustment by the key", async () => {
    const { f, key, a, b } = await world();
    const answer = await callApi(inventory, "/inventory", { key, headers: { "idempotency-key": "run-1" }, body: { reason: "Cycle count", items: [{ sku: a.code, quantity: 70 }, { sku: b.code, delta: -5 }] } });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ items: [{ sku: a.code, stock: 70, delta: -30 }, { sku: b.code, stock: 95, delta: -5 }] });
    const movements = await prisma.stockMovement.findMany({ where: { brandId: f.brand.id }, orderBy: { delta: "asc" } });
    expect(movements.map((m) => [m.delta, m.reason])).toEqual([[-30, "Cycle count"], [-5, "Cycle count"]]);
    const audit = await prisma.auditEvent.findMany({ where: { brandId: f.brand.id, action: "stock.adjust" } });
    expect(audit.map((e) => e.actorLabel)).toEqual([expect.stringContaining("WMS"), expect.stringContaining("WMS")]);
  });

  it("the same Idempotency-Key twice makes one change and answers the same", async () => {
    const { key, a } = await world();
    const call = () => callApi(inventory, "/inventory", { key, headers: { "idempotency-key": "adjust-77" }, body: { items: [{ sku: a.code, delta: 3 }] } });
    const first = await call();
    const second = await call();
    expect(first.status).toBe(200);
    expect(second.json).toEqual(first.json);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await stock(a.id)).toBe(103);
  });

  it("twenty concurrent requests with one key make one change", async () => {
    const { key, a } = await world();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => callApi(inventory, "/inventory", { key, headers: { "idempotency-key": "burst-1" }, body: { items: [{ sku: a.code, delta: 1 }] } })),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(answers.map((r) => r.text)).size).toBe(1);
    expect(answers.filter((r) => r.headers.get("idempotent-replayed") !== "true")).toHaveLength(1);
    expect(await stock(a.id)).toBe(101);
  });

  it("refuses the same key with another body (422), and a call without a key (400)", async () => {
    const { key, a } = await world();
    await callApi(inventory, "/inventory", { key, headers: { "idempotency-key": "k-1" }, body: { items: [{ sku: a.code, delta: 1 }] } });
    const other = await callApi(inventory, "/inventory", { key, headers: { "idempotency-key": "k-1" }, body: { items: [{ sku: a.code, delta: 2 }] } });
    expect(other.status).toBe(422);
    expect(other.json.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    const none = await callApi(inventory, "/inventory", { key, body: { items: [{ sku: a.code, delta: 2 }] } });
    expect(none.status).toBe(400);
    expect(none.json.error.code).toBe("IDEMPOTENCY_KEY_REQUIRED");
    expect(await stock(a.id)).toBe(101);
  });

  it("changes nothing when one item fails, and stores no answer for it (a retry with the same key runs again)", async () => {
    const { key, a, b } = await world();
    const short = await callApi(inventory, "/inventory", { key, headers: { "idempotency-key": "k-2" }, body: { items: [{ sku: a.code, delta: 5 }, { sku: b.code, delta: -500 }] } });
    expect(short.status).toBe(409);
    expect(short.json.error).toMatchObject({ code: "STOCK_SHORT", fields: { "items.1.delta": expect.any(String) } });
    const unknown = await callApi(inventory, "/inventory", { key, headers: { "idempotency-key": "k-2" }, body: { items: [{ sku: a.code, delta: 5 }, { sku: "NO-SUCH-SKU", delta: 1 }] } });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.fields).toEqual({ "items.1.sku": expect.any(String) });
    expect(await stock(a.id)).toBe(100);
    const retry = await callApi(inventory, "/inventory", { key, headers: { "idempotency-key": "k-2" }, body: { items: [{ sku: a.code, delta: 5 }] } });
    expect(retry.status).toBe(200);
    expect(await stock(a.id)).toBe(105);
  });

  it("validates every item: quantity or delta, not both, no SKU twice", async () => {
    const { key, a } = await world();
    const bad = await callApi(inventory, "/inventory", {
      key, headers: { "idempotency-key": "k-3" }, body: { items: [{ sku: a.code, quantity: 1, delta: 1 }, { sku: a.code, delta: 0 }, { sku: "X", quantity: -1 }] },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["items.0.quantity", "items.1.delta", "items.1.sku", "items.2.quantity"]);
  });
});
