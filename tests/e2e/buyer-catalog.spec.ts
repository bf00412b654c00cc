import { PrismaPg } from "@prisma/adapter-pg";
import { expect, test } from "@playwright/test";
import { PrismaClient } from "../../lib/db/generated/client";
import { signIn } from "./support/accounts";
import { createConnectedBuyer, E2E_PASSWORD } from "./support/buyers-fixture";

// A buyer on a phone pages through a large catalog in the Buyer App: 24 products a page, Next and
// Previous keeping the place, the last page holding the rest.
test.use({ viewport: { width: 390, height: 844 } });

test("a buyer on a phone pages through a 30-product catalog", async ({ page }) => {
  const url = process.env.E2E_DATABASE_URL;
  test.skip(!url, "needs PostgreSQL to create the catalog's products");
  const f = await createConnectedBuyer();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url! }) });
  try {
    // 29 more after the fixture's own product, each at its own position.
    for (let i = 1; i <= 29; i++) {
      const code = `${f.product.productCode}-${String(i).padStart(2, "0")}`;
      const product = await prisma.product.create({
        data: {
          brandId: f.brand.id, productCode: code, name: `Wool Scarf ${String(i).padStart(2, "0")}`,
          skus: { create: [{ brandId: f.brand.id, code: `${code}-1`, color: "Grey", size: "F", prices: { create: [{ currency: "JPY", wholesalePrice: 5000 }] } }] },
        },
      });
      await prisma.catalogProduct.create({ data: { catalogId: f.catalog.id, productId: product.id, position: i } });
    }
  } finally {
    await prisma.$disconnect();
  }

  await signIn(page, f.buyerUser.email, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/buyer$/);
  await page.goto(`/buyer/brands/${f.brand.id}/catalogs/${f.catalog.id}`);
  const cards = page.getByTestId("catalog-product");
  await expect(cards).toHaveCount(24);
  await expect(cards.first().getByRole("heading")).toHaveText(f.product.name);
  await expect(page.getByTestId("list-range")).toHaveText("1–24 of 30");

  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(cards).toHaveCount(6);
  await expect(cards.last().getByRole("heading")).toHaveText("Wool Scarf 29");
  await expect(page.getByTestId("list-range")).toHaveText("25–30 of 30");
  await expect(page.getByRole("link", { name: "Next" })).toHaveCount(0);

  await page.getByRole("link", { name: "Previous" }).click();
  await expect(cards).toHaveCount(24);
  await expect(page.getByTestId("list-range")).toHaveText("1–24 of 30");
});
