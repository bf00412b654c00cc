import { expect, test } from "@playwright/test";
import { signInAsBrandStaff } from "./support/accounts";
import { createE2eBrand, e2ePrisma, signInAs } from "./support/catalogs-fixture";

// Saving then loading the next page can take a while on a busy machine: wait for the outcome, not a clock.
const SAVED = { timeout: 30_000 };
test.describe.configure({ timeout: 120_000 });

const HEADER = "Product ID,Product Name,Description,Delivery Name,Color,Size,SKU Code,Stock,Wholesale Price (JPY),Retail Price (JPY)";

test("staff see the demo catalogs, products and settings from the menu", { tag: "@smoke" }, async ({ page }) => {
  await signInAsBrandStaff(page, "owner@aoyama.example");
  const menu = page.getByRole("navigation", { name: "Main menu" });
  await menu.getByRole("link", { name: "Catalogs" }).click();
  await expect(page.getByRole("heading", { name: "Catalogs" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tokyo Exclusive Capsule" })).toBeVisible();
  await page.getByRole("link", { name: /^Limited/ }).click();
  await expect(page.getByRole("link", { name: "Tokyo Exclusive Capsule" })).toBeVisible();
  await expect(page.getByRole("link", { name: "2027 Spring/Summer" })).toBeHidden();
  await menu.getByRole("link", { name: "Products" }).click();
  await page.getByLabel("Search products").fill("Linen");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: "Linen Shirt" })).toBeVisible();
  await menu.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Shipping Rate Groups" }).click();
  await expect(page.getByRole("link", { name: "Domestic (Japan)" })).toBeVisible();
});

test("creates a product with a colour x size SKU matrix", async ({ page }) => {
  const { owner, suffix } = await createE2eBrand();
  await signInAs(page, owner.email);
  await page.goto("/admin/products/new");
  await page.getByLabel("Product ID / model number").fill(`LS-${suffix}`);
  await page.getByLabel("Product name").fill("Linen Shirt");
  await page.getByLabel("Delivery name").fill("Linen Shirt");
  await page.getByLabel("Colours").fill("Navy, Ivory");
  await page.getByLabel("Sizes").fill("S, M");
  await page.getByRole("button", { name: "Generate SKUs" }).click();
  const rows = page.getByTestId("sku-table").locator("tbody tr");
  await expect(rows).toHaveCount(4);
  // Saving without prices explains the missing cells.
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByTestId("field-error").first()).toHaveText("Enter the wholesale price.");
  for (let i = 1; i <= 4; i++) {
    await page.getByLabel(`Wholesale price (JPY), row ${i}`).fill("9800");
    await page.getByLabel(`Stock, row ${i}`).fill(String(i * 5));
  }
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByRole("heading", { name: "Linen Shirt" })).toBeVisible(SAVED);
  await expect(page.getByText(`Product ID LS-${suffix}`)).toBeVisible();
  await expect(page.getByLabel("SKU code, row 4")).toHaveValue(`LS-${suffix.toUpperCase()}-IVOR-M`);
  await expect(page.getByTestId("stock-movements").getByText("Initial stock")).toHaveCount(4);

  // Adjust stock with a reason.
  await page.getByRole("button", { name: "Adjust stock" }).click();
  await page.getByLabel("Change").fill("-100");
  await page.getByLabel("Reason").fill("Damaged");
  await page.getByRole("button", { name: "Save adjustment" }).click();
  await expect(page.getByText("At most 5 units can be removed.")).toBeVisible();
  await page.getByLabel("Change").fill("-2");
  await page.getByRole("button", { name: "Save adjustment" }).click();
  await expect(page.getByTestId("stock-movements").getByText("Damaged")).toBeVisible(SAVED);
});

test("imports a spreadsheet: errors by row and column first, then the fixed file", async ({ page }) => {
  const { owner, suffix } = await createE2eBrand();
  await signInAs(page, owner.email);
  await page.goto("/admin/products/import");
  const bad = [HEADER, `IM-${suffix},Wide Chino,,Wide Chino,Beige,30,IM-${suffix}-30,5,12000,`, `IM-${suffix},Wide Chino,,Wide Chino,Beige,32,IM-${suffix}-32,lots,12000,`].join("\n");
  await page.getByLabel("Spreadsheet file (CSV or XLSX)").setInputFiles({ name: "products.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Check file" }).click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("1 problem found. Nothing was imported.");
  await expect(errors.getByRole("row", { name: /3 Stock Enter a whole number of 0 or more\./ })).toBeVisible();

  const fixed = bad.replace(",lots,", ",7,");
  await page.getByLabel("Spreadsheet file (CSV or XLSX)").setInputFiles({ name: "products.csv", mimeType: "text/csv", buffer: Buffer.from(fixed) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("import-preview")).toContainText("The file is ready to import");
  // Stock in the file is the quantity on hand afterwards, not an amount to add.
  await expect(page.getByText("it replaces the current stock, it is not added to it")).toBeVisible();
  await expect(page.getByTestId("import-preview").getByRole("columnheader", { name: "Stock after import" })).toBeVisible();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByTestId("import-done")).toHaveText("Imported 2 rows: 1 product created, 0 updated.", SAVED);
  await page.goto("/admin/products");
  await expect(page.getByRole("link", { name: "Wide Chino" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Wide Chino/ })).toContainText("12");
});

test("creates a rate group and a Limited catalog, then selects both in the Create a New Link form", async ({ page }) => {
  const { owner, buyer, brand, suffix } = await createE2eBrand();
  const groupName = `Domestic express ${suffix}`;
  const catalogName = `SS27 Capsule ${suffix}`;
  await e2ePrisma().product.create({
    data: { brandId: brand.id, productCode: `CP-${suffix}`, name: "Field Coat", skus: { create: [{ brandId: brand.id, code: `CP-${suffix}-1`, color: "Olive", size: "M", prices: { create: [{ currency: "JPY", wholesalePrice: 20000 }] } }] } },
  });
  await signInAs(page, owner.email);

  await page.goto("/admin/settings/shipping-rates");
  await page.getByRole("link", { name: "New rate group" }).click();
  await page.getByLabel("Group name").fill(groupName);
  await page.getByLabel("Country").fill("JP");
  await page.getByLabel("Rate name").fill("Express");
  await page.getByLabel("Fee (JPY, excl. tax)").fill("-5");
  await page.getByRole("button", { name: "Create rate group" }).click();
  await expect(page.getByText("The fee cannot be negative.")).toBeVisible();
  await page.getByLabel("Fee (JPY, excl. tax)").fill("1200");
  await page.getByRole("button", { name: "Create rate group" }).click();
  const groups = page.getByTestId("rate-groups");
  await expect(groups.getByRole("row", { name: new RegExp(`${groupName} JPY JP Express: ¥1,200`) })).toBeVisible(SAVED);

  await page.goto("/admin/catalogs");
  await page.getByRole("link", { name: "New catalog" }).click();
  await page.getByLabel("Catalog name").fill(catalogName);
  await page.getByLabel("Season").fill("SS27");
  await page.getByLabel("Limited").check();
  await page.getByRole("button", { name: "Create catalog" }).click();
  await expect(page.getByText("Choose the buyers who may see this Limited catalog.")).toBeVisible();
  // The picker searches the brand's connected buyers by name; the chosen one is listed above it.
  await page.getByLabel("Search buyers").fill(buyer.name.slice(-8).toLowerCase());
  await page.getByLabel(buyer.name).check();
  await page.getByLabel("Search buyers").fill("no buyer is called this");
  await expect(page.getByText("No connected buyer matches.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Chosen buyers" })).toHaveText(buyer.name);
  await page.getByLabel(groupName).check();
  await page.getByRole("button", { name: "Create catalog" }).click();
  await expect(page.getByRole("heading", { name: catalogName })).toBeVisible(SAVED);
  await expect(page.getByLabel(groupName)).toBeChecked();
  await expect(page.getByRole("list", { name: "Chosen buyers" })).toHaveText(buyer.name);

  await page.getByRole("button", { name: "Add products" }).click();
  await page.getByLabel("Field Coat (CP-").check();
  await page.getByRole("button", { name: "Add 1 selected" }).click();
  const price = page.getByTestId(`unit-price-CP-${suffix}`);
  await expect(price).toHaveText("¥20,000", SAVED);
  await page.getByLabel("Discount rate override for Field Coat").fill("25");
  await page.getByRole("row", { name: /Field Coat/ }).getByRole("button", { name: "Save" }).click();
  await expect(price).toContainText("¥15,000", SAVED);

  await page.goto("/admin/catalogs?status=limited");
  await expect(page.getByRole("row", { name: new RegExp(`${catalogName} SS27 Limited 1 buyer `) })).toBeVisible();

  // Both are choices in the Create a New Link form; a link saved with them keeps them.
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Links" }).click();
  await page.getByRole("navigation", { name: "Link types" }).getByRole("link", { name: /Customer Order Links/ }).click();
  await expect(page).toHaveURL(/tab=customer/);
  await page.getByRole("link", { name: "Create a New Link" }).first().click();
  await expect(page.getByRole("heading", { name: "Create a New Customer Link" })).toBeVisible();
  const catalogChoice = page.getByTestId("catalog-options").getByLabel(catalogName);
  const groupChoice = page.getByTestId("rate-group-options").getByLabel(new RegExp(`^${groupName} · Currency: JPY · Country: Japan`));
  await catalogChoice.check();
  await groupChoice.check();
  await expect(catalogChoice).toBeChecked();
  await expect(groupChoice).toBeChecked();
  const linkName = `Key accounts ${suffix}`;
  await page.getByLabel("Link Name").fill(linkName);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByTestId("link-row").filter({ hasText: linkName })).toContainText(catalogName, SAVED);
  const link = await e2ePrisma().orderLink.findFirstOrThrow({
    where: { brandId: brand.id, name: linkName },
    include: { catalogs: { include: { catalog: true } }, shippingRateGroups: { include: { rateGroup: true } } },
  });
  expect(link.catalogs.map((c) => c.catalog.name)).toEqual([catalogName]);
  expect(link.shippingRateGroups.map((g) => g.rateGroup.name)).toEqual([groupName]);
});

test("staff working in Japanese see catalogs, the catalog form, products, the product form and the import in Japanese", async ({ page }) => {
  const { owner, brand, buyer, suffix } = await createE2eBrand();
  const prisma = e2ePrisma();
  const code = `JA-${suffix}`;
  const product = await prisma.product.create({
    data: {
      brandId: brand.id, productCode: code, name: "リネンシャツ", deliveryName: "リネンシャツ",
      skus: { create: [{ brandId: brand.id, code: `${code}-NV-M`, color: "ネイビー", size: "M", stockQuantity: 12, prices: { create: [{ currency: "JPY", wholesalePrice: 9800, retailPrice: 21000 }] } }] },
    },
  });
  const limitedName = `限定カタログ ${suffix}`;
  await prisma.catalog.create({
    data: {
      brandId: brand.id, name: limitedName, season: "SS27", status: "LIMITED", publicationDate: new Date("2027-01-10T03:00:00Z"),
      buyerAccess: { create: [{ buyerId: buyer.id }] }, products: { create: [{ productId: product.id, position: 0 }] },
    },
  });
  await prisma.catalog.create({ data: { brandId: brand.id, name: `公開カタログ ${suffix}`, status: "OPEN" } });
  await prisma.catalog.create({ data: { brandId: brand.id, name: `非公開カタログ ${suffix}`, status: "CLOSED" } });
  await signInAs(page, owner.email);
  await page.getByTestId("language-switcher").selectOption("ja");
  const menu = page.getByRole("navigation", { name: "メインメニュー" });
  await expect(menu).toBeVisible();

  // The Catalogs list: headings, status tabs and badges in Japanese, never the English enum names.
  await menu.getByRole("link", { name: "カタログ", exact: true }).click();
  await expect(page.getByRole("heading", { name: "カタログ", exact: true })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "カタログのステータス" });
  for (const label of ["すべて", "公開", "限定公開", "非公開"]) await expect(tabs.getByRole("link", { name: new RegExp(`^${label}`) })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "注文締切日" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${limitedName} SS27 限定公開 バイヤー1社 2027/01/10`) })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`非公開カタログ ${suffix} — 非公開`) })).toBeVisible();
  await expect(page.getByRole("table")).not.toContainText(/Open|Limited|Closed|buyer/);

  // The catalog form and its products, with the price in yen.
  await page.getByRole("link", { name: limitedName }).click();
  await expect(page.getByRole("heading", { name: limitedName })).toBeVisible();
  await expect(page.getByLabel("カタログ名")).toHaveValue(limitedName);
  await expect(page.getByRole("radio", { name: /^限定公開/ })).toBeChecked();
  await expect(page.getByRole("list", { name: "選択したバイヤー" })).toHaveText(buyer.name);
  await expect(page.getByRole("checkbox", { name: "アプリ外でのお支払い" })).toBeChecked();
  await expect(page.getByRole("heading", { name: "商品（1点）" })).toBeVisible();
  await expect(page.getByTestId(`unit-price-${code}`)).toHaveText("￥9,800");
  await page.getByLabel("カタログ名").fill("");
  await page.getByRole("button", { name: "カタログを保存" }).click();
  await expect(page.getByTestId("field-error").first()).toHaveText("カタログ名を入力してください。");
  await page.goto("/admin/catalogs/new");
  await expect(page.getByRole("heading", { name: "新規カタログ" })).toBeVisible();
  await expect(page.getByText("選択したバイヤーにだけ表示されます。")).toBeVisible();

  // The Products list and the product form.
  await menu.getByRole("link", { name: "商品", exact: true }).click();
  await expect(page.getByRole("heading", { name: "商品", exact: true })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${code} リネンシャツ 1 12 有効`) })).toBeVisible();
  await page.getByRole("link", { name: "リネンシャツ" }).click();
  await expect(page.getByText(`商品ID ${code}`)).toBeVisible();
  await expect(page.getByLabel("商品ID / 型番", { exact: true })).toHaveValue(code);
  await expect(page.getByLabel("卸価格（JPY）（1行目）")).toHaveValue("9800");
  await page.getByRole("button", { name: "在庫調整" }).click();
  await page.getByLabel("増減数").fill("-100");
  await page.getByLabel("理由", { exact: true }).fill("破損");
  await page.getByRole("button", { name: "調整を保存" }).click();
  await expect(page.getByText("減らせるのは12点までです。")).toBeVisible();
  await page.getByLabel("増減数").fill("-2");
  await page.getByRole("button", { name: "調整を保存" }).click();
  await expect(page.getByTestId("stock-movements").getByText("破損")).toBeVisible(SAVED);
  await page.goto("/admin/products/new");
  await expect(page.getByRole("heading", { name: "新規商品" })).toBeVisible();
  await page.getByRole("button", { name: "商品を登録" }).click();
  await expect(page.getByTestId("field-error").first()).toHaveText("商品ID / 型番を入力してください。");

  // The import checks a file with the Japanese headers and names its problems in Japanese.
  await page.goto("/admin/products/import");
  await expect(page.getByRole("heading", { name: "商品のインポート / エクスポート" })).toBeVisible();
  const sheet = ["商品ID,商品名,説明,納品書用商品名,カラー,サイズ,SKUコード,在庫,卸価格 (JPY),上代 (JPY)", `IJ-${suffix},チノパン,,チノパン,ベージュ,30,IJ-${suffix}-30,たくさん,12000,`].join("\n");
  await page.getByLabel("スプレッドシートファイル（CSVまたはXLSX）").setInputFiles({ name: "商品.csv", mimeType: "text/csv", buffer: Buffer.from(sheet) });
  await page.getByRole("button", { name: "ファイルをチェック" }).click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("1件の問題が見つかりました。何もインポートされていません。");
  await expect(errors.getByRole("row", { name: /2 在庫 0以上の整数を入力してください。/ })).toBeVisible();
});
