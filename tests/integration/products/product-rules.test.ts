// The product form's order rules through the real save action: case packs, minimums, maximum, sale
// mode and prepacks saved with the product; each bad rule refused beside its field with nothing
// written; prepacks replaced keeping the ids of packs that stay.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { saveProductAction } from "@/lib/products/actions";
import type { ProductFormInput } from "@/lib/products/schemas";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { actAs } from "../../support/next-request";

type Rules = NonNullable<ProductFormInput["rules"]>;

const NO_RULES: Rules = { minQuantity: "", maxQuantity: "", minQuantityPerSku: "", orderMultiple: "", saleMode: "SINGLES", prepacks: [] };

function productInput(code: string, rules: Partial<Rules> = {}, sizes = ["S", "M", "L"]): ProductFormInput {
  return {
    productCode: code,
    name: "Cotton Tee",
    description: "",
    deliveryName: "Cotton Tee",
    discountRate: "",
    currencies: ["JPY"],
    skus: sizes.map((size) => ({ code: `${code}-NAVY-${size}`, color: "Navy", size, stockQuantity: 10, prices: [{ currency: "JPY", wholesalePrice: 3000, retailPrice: "" }] })),
    rules: { ...NO_RULES, ...rules },
  };
}

const runA = { name: "Size run A", sizes: [{ size: "S", quantity: 1 }, { size: "M", quantity: 2 }, { size: "L", quantity: 1 }] };
const runB = { name: "Size run B", sizes: [{ size: "S", quantity: 2 }, { size: "M", quantity: 2 }, { size: "L", quantity: 2 }] };

async function create(a: BrandFixture, code: string, rules: Partial<Rules> = {}) {
  await actAs(a.staff);
  const result = await saveProductAction({ product: productInput(code, rules) });
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data.id;
}

const stored = (id: string) =>
  prisma.product.findUniqueOrThrow({
    where: { id },
    select: {
      minQuantity: true, maxQuantity: true, minQuantityPerSku: true, orderMultiple: true, saleMode: true,
      prepacks: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true, sizes: { orderBy: { position: "asc" }, select: { size: true, quantity: true } } } },
    },
  });

describe("order rules on the product form", () => {
  it("saves a case pack, minimums, a maximum and prepacks with the product, and reads them back as typed", async () => {
    const a = await createBrand();
    const id = await create(a, "OR-1", { minQuantity: "12", minQuantityPerSku: "2", orderMultiple: "6", maxQuantity: "600", saleMode: "PACKS_AND_SINGLES", prepacks: [runA, runB] });
    expect(await stored(id)).toMatchObject({
      minQuantity: 12, minQuantityPerSku: 2, orderMultiple: 6, maxQuantity: 600, saleMode: "PACKS_AND_SINGLES",
      prepacks: [{ name: "Size run A", position: 0, sizes: runA.sizes }, { name: "Size run B", position: 1, sizes: runB.sizes }],
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "product.create" } });
    expect(audit.data).toMatchObject({ rules: { orderMultiple: 6, saleMode: "PACKS_AND_SINGLES", prepacks: ["Size run A", "Size run B"] } });
  });

  it("blank fields mean no rule, and a product saved without rules at all gets none", async () => {
    const a = await createBrand();
    const id = await create(a, "OR-2", { minQuantity: "12" });
    await actAs(a.staff);
    const cleared = await saveProductAction({ id, product: productInput("OR-2", { minQuantity: "" }) });
    expect(cleared.ok).toBe(true);
    expect(await stored(id)).toMatchObject({ minQuantity: null, maxQuantity: null, minQuantityPerSku: null, orderMultiple: null, saleMode: "SINGLES", prepacks: [] });
    const legacy = await saveProductAction({ product: { ...productInput("OR-3"), rules: undefined } });
    expect(legacy.ok && (await stored(legacy.data.id))).toMatchObject({ minQuantity: null, saleMode: "SINGLES", prepacks: [] });
  });

  const badCases: { name: string; rules: Partial<Rules>; field: string; message: string }[] = [
    { name: "a case pack of 0", rules: { orderMultiple: "0" }, field: "product.rules.orderMultiple", message: "Enter 1 or more." },
    { name: "a minimum that is not a number", rules: { minQuantity: "twelve" }, field: "product.rules.minQuantity", message: "Enter a number." },
    { name: "a minimum above the maximum", rules: { minQuantity: "24", maxQuantity: "12" }, field: "product.rules.minQuantity", message: "The minimum is above the maximum per order." },
    { name: "a prepack without sizes", rules: { saleMode: "PACKS_ONLY", prepacks: [{ name: "Empty", sizes: [] }] }, field: "product.rules.prepacks.0.sizes", message: "Add at least one size to the prepack." },
    { name: "a prepack size the product lacks", rules: { saleMode: "PACKS_ONLY", prepacks: [{ name: "Big", sizes: [{ size: "XL", quantity: 1 }] }] }, field: "product.rules.prepacks.0.sizes.0.size", message: "The product has no size XL." },
    { name: "two prepacks of one name", rules: { saleMode: "PACKS_ONLY", prepacks: [runA, { ...runB, name: "size run a" }] }, field: "product.rules.prepacks.1.name", message: "Another prepack of this product has this name." },
    { name: "sold in prepacks without any", rules: { saleMode: "PACKS_ONLY" }, field: "product.rules.prepacks", message: "Add a prepack, or sell by the unit." },
    { name: "a prepack of 0 units of a size", rules: { saleMode: "PACKS_ONLY", prepacks: [{ name: "Zero", sizes: [{ size: "M", quantity: 0 }] }] }, field: "product.rules.prepacks.0.sizes.0.quantity", message: "Enter 1 or more." },
  ];

  for (const bad of badCases) {
    it(`refuses ${bad.name} beside its field and writes nothing`, async () => {
      const a = await createBrand();
      const id = await create(a, "OR-BAD", { orderMultiple: "6", saleMode: "PACKS_AND_SINGLES", prepacks: [runA] });
      const before = await stored(id);
      const audits = await prisma.auditEvent.count({ where: { entityId: id } });
      await actAs(a.staff);
      const result = await saveProductAction({ id, product: { ...productInput("OR-BAD", bad.rules), name: "Renamed" } });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(!result.ok && result.fieldErrors?.[bad.field]).toBe(bad.message);
      expect(await stored(id)).toEqual(before);
      expect((await prisma.product.findUniqueOrThrow({ where: { id } })).name).toBe("Cotton Tee");
      expect(await prisma.auditEvent.count({ where: { entityId: id } })).toBe(audits);
    });
  }

  it("replaces prepacks: a pack that stays keeps its id (and the carts holding it), a removed pack's cart lines go with it", async () => {
    const a = await createBrand();
    const id = await create(a, "OR-4", { saleMode: "PACKS_ONLY", prepacks: [runA, runB] });
    const [packA, packB] = (await stored(id)).prepacks;
    const cart = await prisma.cart.create({ data: { brandId: a.brand.id, ownerKey: "owner-or-4", buyerId: a.buyer.id } });
    await prisma.cartPackLine.createMany({ data: [{ cartId: cart.id, prepackId: packA.id, color: "Navy", packs: 2 }, { cartId: cart.id, prepackId: packB.id, color: "Navy", packs: 1 }] });

    // Pack A renamed and changed, pack B removed, a new pack C added; A and C swap places.
    const packC = { name: "Size run C", sizes: [{ size: "M", quantity: 3 }] };
    await actAs(a.staff);
    const result = await saveProductAction({
      id,
      product: productInput("OR-4", { saleMode: "PACKS_ONLY", prepacks: [packC, { id: packA.id, name: "Size run B", sizes: [{ size: "S", quantity: 1 }, { size: "L", quantity: 1 }] }] }),
    });
    expect(result.ok).toBe(true);
    const after = (await stored(id)).prepacks;
    expect(after.map((p) => [p.name, p.position])).toEqual([["Size run C", 0], ["Size run B", 1]]);
    expect(after[1]).toMatchObject({ id: packA.id, sizes: [{ size: "S", quantity: 1 }, { size: "L", quantity: 1 }] });
    expect(after[0].id).not.toBe(packB.id);
    expect(await prisma.prepack.count({ where: { id: packB.id } })).toBe(0);
    expect(await prisma.cartPackLine.findMany({ where: { cartId: cart.id }, select: { prepackId: true, packs: true } })).toEqual([{ prepackId: packA.id, packs: 2 }]);
  });

  it("swaps two prepacks' names in one save", async () => {
    const a = await createBrand();
    const id = await create(a, "OR-5", { saleMode: "PACKS_ONLY", prepacks: [runA, runB] });
    const [packA, packB] = (await stored(id)).prepacks;
    await actAs(a.staff);
    const result = await saveProductAction({ id, product: productInput("OR-5", { saleMode: "PACKS_ONLY", prepacks: [{ ...runB, id: packA.id }, { ...runA, id: packB.id }] }) });
    expect(result.ok).toBe(true);
    expect((await stored(id)).prepacks.map((p) => [p.id, p.name])).toEqual([[packA.id, "Size run B"], [packB.id, "Size run A"]]);
  });

  it("answers another brand's product id with not found, and refuses another brand's prepack id beside its field; nothing changes", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const bId = await create(b, "OR-B", { saleMode: "PACKS_ONLY", prepacks: [runA] });
    const bBefore = await stored(bId);
    const aId = await create(a, "OR-A");
    await actAs(a.staff);
    expect(await saveProductAction({ id: bId, product: productInput("OR-B", { orderMultiple: "6" }) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const foreignPack = await saveProductAction({ id: aId, product: productInput("OR-A", { saleMode: "PACKS_ONLY", prepacks: [{ ...runA, id: bBefore.prepacks[0].id }] }) });
    expect(foreignPack).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "rules.prepacks.0.name": "Prepack Size run A no longer exists. Reload the page and edit it again." } });
    expect(await stored(bId)).toEqual(bBefore);
    expect(await stored(aId)).toMatchObject({ saleMode: "SINGLES", prepacks: [] });
  });
});
