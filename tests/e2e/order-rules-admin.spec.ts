import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { createE2eBrand, e2ePrisma, signInAs } from "./support/catalogs-fixture";

// Brand staff set a product's order rules (a case pack and a prepack) and the brand's minimum order
// value, meet the field errors of a bad pack and a bad amount, and find what they saved after a reload.
const SAVED = { timeout: 30_000 };
test.describe.configure({ timeout: 120_000 });

async function productWithSizes(brandId: string, suffix: string) {
  const code = `OR-${suffix}`;
  return e2ePrisma().product.create({
    data: {
      brandId, productCode: code, name: "Cotton Tee", deliveryName: "Cotton Tee",
      skus: {
        create: ["Navy", "Ecru"].flatMap((color, c) =>
          ["S", "M", "L", "XL"].map((size, s) => ({
            brandId, code: `${code}-${color.toUpperCase()}-${size}`, color, size, stockQuantity: 20, position: c * 4 + s,
            prices: { create: [{ currency: "JPY", wholesalePrice: 3000 }] },
          })),
        ),
      },
    },
  });
}

test("staff set a case pack and a prepack on a product, and the brand's minimum order value", async ({ page }) => {
  const { brand, owner, suffix } = await createE2eBrand();
  const product = await productWithSizes(brand.id, suffix);
  await signInAs(page, owner.email);
  await page.goto(`/admin/products/${product.id}`);
  await expect(page.getByTestId("product-rules-summary")).toContainText("No order rules");

  const rules = page.getByTestId("order-rules");
  await rules.getByLabel("Sold in cases of", { exact: true }).fill("6");
  await rules.getByLabel("Minimum per product", { exact: true }).fill("12");
  await rules.getByRole("radio", { name: /^Prepacks and units/ }).check();
  // A new prepack starts with every size of the product, one unit each.
  await rules.getByRole("button", { name: "Add prepack" }).click();
  await rules.getByLabel("Prepack 1 name").fill("Size run A");
  await expect(rules.getByLabel("Size, prepack 1, row 4")).toHaveValue("XL");
  await rules.getByLabel("Units, prepack 1, row 2").fill("2");
  await rules.getByLabel("Units, prepack 1, row 3").fill("2");
  await expect(rules.getByTestId("units-per-pack").first()).toHaveText("6 units per pack");

  // A second pack with the same name and no sizes: two field errors, nothing saved.
  await rules.getByRole("button", { name: "Add prepack" }).click();
  await rules.getByLabel("Prepack 2 name").fill("size run a");
  for (let row = 4; row >= 1; row--) await rules.getByRole("button", { name: `Remove row ${row} of prepack 2` }).click();
  await page.getByRole("button", { name: "Save product" }).click();
  const second = rules.getByTestId("prepack").nth(1);
  await expect(second.getByText("Add at least one size to the prepack.")).toBeVisible();
  await expect(second.getByText("Another prepack of this product has this name.")).toBeVisible();
  await expectAccessible(page, "product order rules with prepacks and field errors", { within: '[data-testid="order-rules"]' });
  expect(await e2ePrisma().prepack.count({ where: { productId: product.id } })).toBe(0);

  await rules.getByRole("button", { name: "Remove prepack 2" }).click();
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByText("Product saved.")).toBeVisible(SAVED);

  await page.reload();
  await expect(rules.getByLabel("Sold in cases of", { exact: true })).toHaveValue("6");
  await expect(rules.getByLabel("Minimum per product", { exact: true })).toHaveValue("12");
  await expect(rules.getByRole("radio", { name: /^Prepacks and units/ })).toBeChecked();
  await expect(rules.getByLabel("Prepack 1 name")).toHaveValue("Size run A");
  await expect(rules.getByLabel("Units, prepack 1, row 2")).toHaveValue("2");
  const summary = page.getByTestId("product-rules-summary");
  await expect(summary).toContainText("Cases of 6");
  await expect(summary).toContainText("Min 12");
  await expect(summary).toContainText("Size run A: S ×1, M ×2, L ×2, XL ×1");
  expect(await e2ePrisma().product.findUniqueOrThrow({ where: { id: product.id }, select: { orderMultiple: true, minQuantity: true, saleMode: true } })).toEqual({
    orderMultiple: 6, minQuantity: 12, saleMode: "PACKS_AND_SINGLES",
  });

  // The brand's minimum order value: a yen amount with decimals is refused beside the field.
  await page.goto("/admin/settings");
  const minimum = page.getByRole("form", { name: "Minimum order value" });
  await minimum.getByLabel("Minimum order value (JPY)").fill("30000.5");
  await minimum.getByRole("button", { name: "Save minimum order value" }).click();
  await expect(minimum.getByText("JPY amounts have no decimals.")).toBeVisible();
  await expectAccessible(page, "minimum order value with a field error");
  await minimum.getByLabel("Minimum order value (JPY)").fill("30,000");
  await minimum.getByLabel("First order minimum (JPY)").fill("50000");
  await minimum.getByRole("button", { name: "Save minimum order value" }).click();
  await expect(page.getByText("Minimum order value saved.")).toBeVisible(SAVED);
  await page.reload();
  await expect(minimum.getByLabel("Minimum order value (JPY)")).toHaveValue("30000");
  await expect(minimum.getByLabel("First order minimum (JPY)")).toHaveValue("50000");
  expect((await e2ePrisma().brand.findUniqueOrThrow({ where: { id: brand.id } })).minimumOrder).toEqual({ JPY: { amount: 30000, firstOrder: 50000 } });
});
