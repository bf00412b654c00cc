// The product spreadsheet's order-rule columns through the real import and export: rules set per
// product (on any of its rows), blank cells for no rule, each bad cell reported by row and column
// with nothing imported, and an exported file importing back to the same rules.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { applyImportChunkAction, previewImportAction } from "@/lib/import/actions";
import { toCsv } from "@/lib/import/csv";
import { exportRows } from "@/lib/import/export-products";
import { RULE_COLUMNS } from "@/lib/import/rule-columns";
import { saveProductAction } from "@/lib/products/actions";
import { createBrand } from "../../support/fixtures";
import { actAs } from "../../support/next-request";

const BASE = ["Product ID", "Product Name", "Description", "Delivery Name", "Color", "Size", "SKU Code", "Stock", "Wholesale Price (JPY)", "Retail Price (JPY)"];
const HEADER = [...BASE, ...RULE_COLUMNS];

function file(rows: (string | number)[][], header = HEADER) {
  const form = new FormData();
  form.set("file", new File([toCsv([header, ...rows])], "products.csv", { type: "text/csv" }));
  return form;
}

async function importAll(form: FormData) {
  const preview = await previewImportAction(form);
  if (!preview.ok || !preview.data.ok) throw new Error(`preview failed: ${JSON.stringify(preview)}`);
  for (let chunk = 0; chunk < preview.data.chunks; chunk++) {
    const r = await applyImportChunkAction({ importId: preview.data.importId, chunk });
    if (!r.ok) throw new Error(r.message);
  }
  return preview.data;
}

const rulesOf = (brandId: string, productCode: string) =>
  prisma.product.findFirstOrThrow({
    where: { brandId, productCode },
    select: {
      minQuantity: true, minQuantityPerSku: true, orderMultiple: true, maxQuantity: true, saleMode: true,
      prepacks: { orderBy: { position: "asc" }, select: { id: true, name: true, sizes: { orderBy: { position: "asc" }, select: { size: true, quantity: true } } } },
    },
  });

/** One product's SKU rows (Navy, S to XL); the rule cells go on the first row only unless given per row. */
function tee(code: string, rules: (string | number)[], later: (string | number)[] = ["", "", "", "", "", ""]) {
  return ["S", "M", "L", "XL"].map((size, i) => [code, "Cotton Tee", "", "Cotton Tee", "Navy", size, `${code}-${size}`, 10, 3000, "", ...(i === 0 ? rules : later)]);
}

describe("order-rule columns of the product spreadsheet", () => {
  it("imports case packs, minimums and prepacks (× or x, a product's rules on one of its rows), blank cells for no rule", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const preview = await importAll(
      file([
        ...tee("RC-1", [12, "", 6, "", "By the unit", ""]),
        ...tee("RC-2", ["", 2, "", "1,000", "Prepacks and units", "Size run A: S×1, M×2, L×2, XL×1; Size run B: S x2, Mx2, L×2, XLx2"]),
        ...tee("RC-3", ["", "", "", "", "", ""]),
        ...tee("RC-4", ["", "", "", "", "アソートパックのみ", "サイズアソート：S×1、M×1"]),
      ]),
    );
    expect(preview.summary).toMatchObject({ productsCreated: 4, skusCreated: 16 });
    expect(await rulesOf(a.brand.id, "RC-1")).toMatchObject({ minQuantity: 12, minQuantityPerSku: null, orderMultiple: 6, maxQuantity: null, saleMode: "SINGLES", prepacks: [] });
    expect(await rulesOf(a.brand.id, "RC-2")).toMatchObject({
      minQuantity: null, minQuantityPerSku: 2, maxQuantity: 1000, saleMode: "PACKS_AND_SINGLES",
      prepacks: [
        { name: "Size run A", sizes: [{ size: "S", quantity: 1 }, { size: "M", quantity: 2 }, { size: "L", quantity: 2 }, { size: "XL", quantity: 1 }] },
        { name: "Size run B", sizes: [{ size: "S", quantity: 2 }, { size: "M", quantity: 2 }, { size: "L", quantity: 2 }, { size: "XL", quantity: 2 }] },
      ],
    });
    expect(await rulesOf(a.brand.id, "RC-3")).toMatchObject({ minQuantity: null, orderMultiple: null, saleMode: "SINGLES", prepacks: [] });
    expect(await rulesOf(a.brand.id, "RC-4")).toMatchObject({ saleMode: "PACKS_ONLY", prepacks: [{ name: "サイズアソート", sizes: [{ size: "S", quantity: 1 }, { size: "M", quantity: 1 }] }] });
  });

  it("reports each bad rule cell by row and column, and imports nothing", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const preview = await previewImportAction(
      file([
        ...tee("RB-1", [0, "", "six", "", "", ""]),
        ...tee("RB-2", ["", "", "", "", "Sometimes", "Size run A S×1"]),
        ...tee("RB-3", [24, "", "", 12, "Prepacks only", ""]),
        ...tee("RB-4", ["", "", "", "", "Prepacks only", "Run: S×1, XXL×2"]),
        ...tee("RB-5", ["", "", 6, "", "", ""], ["", "", 12, "", "", ""]),
        ...tee("RB-6", ["", "", "", "", "", "Run: S×1; run: M×1"]),
        ...tee("RB-7", ["", "", "", "", "", "Run: S×1, S×2"]),
      ]),
    );
    if (!preview.ok || preview.data.ok) throw new Error(`expected problems: ${JSON.stringify(preview)}`);
    const problems = preview.data.errors.map((e) => [e.row, e.column, e.message]);
    expect(problems).toEqual(
      expect.arrayContaining([
        [2, "Minimum per Product", "Enter a whole number from 1 to 100,000, or leave the cell blank for no rule."],
        [2, "Order Multiple", "Enter a whole number from 1 to 100,000, or leave the cell blank for no rule."],
        [6, "Sale Mode", 'Use "By the unit", "Prepacks and units", "Prepacks only", or leave the cell blank.'],
        [6, "Prepacks", 'Write prepacks as "Name: size×units, size×units", separated by ";" ("Size run A S×1" does not fit).'],
        [19, "Order Multiple", "Product RB-5 has another value in this column on row 18; give a product's rules once, or the same on every row."],
        [22, "Prepacks", "Another prepack of this product has this name."],
        [26, "Prepacks", "Each size appears once in a prepack."],
      ]),
    );
    expect(await prisma.product.count({ where: { brandId: a.brand.id } })).toBe(0);

    // With the cells well-formed, the rules are checked together as the product form checks them.
    const second = await previewImportAction(file([...tee("RB-3", [24, "", "", 12, "Prepacks only", ""]), ...tee("RB-4", ["", "", "", "", "Prepacks only", "Run: S×1, XXL×2"])]));
    if (!second.ok || second.data.ok) throw new Error(`expected problems: ${JSON.stringify(second)}`);
    expect(second.data.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, "Minimum per Product", "The minimum is above the maximum per order."],
      [2, "Prepacks", "Add a prepack, or sell by the unit."],
      [6, "Prepacks", "The product has no size XXL."],
    ]);
    expect(await prisma.product.count({ where: { brandId: a.brand.id } })).toBe(0);
  });

  it("a file without rule columns leaves rules as they are; one with some of them changes only those", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    await importAll(file(tee("RK-1", [12, "", 6, "", "Prepacks and units", "Run: S×1, M×1"])));
    await importAll(file(tee("RK-1", []).map((r) => r.slice(0, BASE.length)), BASE));
    expect(await rulesOf(a.brand.id, "RK-1")).toMatchObject({ minQuantity: 12, orderMultiple: 6, saleMode: "PACKS_AND_SINGLES", prepacks: [{ name: "Run" }] });
    const partial = tee("RK-1", []).map((r, i) => [...r.slice(0, BASE.length), i === 0 ? 3 : ""]);
    await importAll(file(partial, [...BASE, "Order Multiple"]));
    expect(await rulesOf(a.brand.id, "RK-1")).toMatchObject({ minQuantity: 12, orderMultiple: 3, saleMode: "PACKS_AND_SINGLES", prepacks: [{ name: "Run" }] });
    // A maximum below the product's minimum (kept from before) is refused.
    const below = await previewImportAction(file(tee("RK-1", []).map((r, i) => [...r.slice(0, BASE.length), i === 0 ? 5 : ""]), [...BASE, "Maximum per Order"]));
    expect(below.ok && !below.data.ok && below.data.errors).toEqual([{ row: 2, column: "Minimum per Product", message: "The minimum is above the maximum per order." }]);
  });

  it("exports the rules on every row of a product and imports them back unchanged, keeping the prepacks' ids", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const saved = await saveProductAction({
      product: {
        productCode: "RT-1", name: "Knit Vest", description: "", deliveryName: "Knit Vest", discountRate: "", currencies: ["JPY"],
        skus: ["S", "M", "L"].map((size) => ({ code: `RT-1-${size}`, color: "Ecru", size, stockQuantity: 5, prices: [{ currency: "JPY", wholesalePrice: 8000, retailPrice: "" }] })),
        rules: { minQuantity: "12", minQuantityPerSku: "", orderMultiple: "6", maxQuantity: "", saleMode: "PACKS_AND_SINGLES", prepacks: [{ name: "Ratio 1:2:1", sizes: [{ size: "S", quantity: 1 }, { size: "M", quantity: 2 }, { size: "L", quantity: 1 }] }] },
      },
    });
    if (!saved.ok) throw new Error(saved.message);
    const before = await rulesOf(a.brand.id, "RT-1");
    const rows = await exportRows(a.brand.id, "JPY");
    expect(rows[0]).toEqual(HEADER);
    const exported = rows.slice(1).filter((r) => r[0] === "RT-1");
    expect(exported).toHaveLength(3);
    for (const row of exported) expect(row.slice(BASE.length)).toEqual([12, null, 6, null, "Prepacks and units", "Ratio 1:2:1: S×1, M×2, L×1"]);

    const stamp = async () => (await prisma.product.findUniqueOrThrow({ where: { id: saved.data.id }, select: { updatedAt: true } })).updatedAt;
    const updatedAt = await stamp();
    const form = new FormData();
    form.set("file", new File([toCsv(rows)], "export.csv", { type: "text/csv" }));
    const preview = await importAll(form);
    expect(preview.summary).toMatchObject({ productsCreated: 0, productsUpdated: 1, skusCreated: 0 });
    expect(await rulesOf(a.brand.id, "RT-1")).toEqual(before);
    // Nothing to change: the product row is not even written.
    expect(await stamp()).toEqual(updatedAt);

    // Changed in the file: the rules follow, and a pack of the same name keeps its id.
    const edited = rows.map((r, i) => (i > 0 && r[0] === "RT-1" ? [...r.slice(0, BASE.length), 24, "", 6, "", "Prepacks only", "Ratio 1:2:1: S×2, M×2, L×2; Solo: M×1"] : r));
    const form2 = new FormData();
    form2.set("file", new File([toCsv(edited)], "export.csv", { type: "text/csv" }));
    await importAll(form2);
    const after = await rulesOf(a.brand.id, "RT-1");
    expect(after).toMatchObject({ minQuantity: 24, orderMultiple: 6, saleMode: "PACKS_ONLY" });
    expect(after.prepacks.map((p) => p.name)).toEqual(["Ratio 1:2:1", "Solo"]);
    expect(after.prepacks[0]).toMatchObject({ id: before.prepacks[0].id, sizes: [{ size: "S", quantity: 2 }, { size: "M", quantity: 2 }, { size: "L", quantity: 2 }] });
  });
});
