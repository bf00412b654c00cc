import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { hashSecret } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/db/generated/client";
import { createPackProduct, createRuleOrder } from "../support/order-rule-orders";
import { signInAsBrandStaff } from "./support/accounts";
import { e2ePrisma } from "./support/shipping-fixture";

// Brand staff meet the order rules on the brand's side: an order placed with a PO No., a delivery
// window, a note and a prepack (written straight to the e2e database, as checkout writes it) is
// found by its PO No., read, and its OC drafted with a quantity that breaks a case pack: the rule
// is shown in the buyer's words and the OC saves only with the explicit override.
const PASSWORD = "order-rules-e2e-1";

let db: PrismaClient;
test.beforeAll(() => {
  db = e2ePrisma();
});
test.afterAll(async () => {
  await db?.$disconnect();
});

async function createBrandWithOrders() {
  const id = randomBytes(4).toString("hex");
  const brand = await db.brand.create({ data: { name: `Rules Brand ${id}`, slug: `rules-${id}`, homeCountry: "JP", defaultCurrency: "JPY", orderPrefix: `R${id.slice(0, 3).toUpperCase()}` } });
  const owner = await db.user.create({ data: { email: `owner-${id}@rules.example`, name: `Owner ${id}`, passwordHash: await hashSecret(PASSWORD) } });
  await db.brandMember.create({ data: { brandId: brand.id, userId: owner.id, role: "OWNER" } });
  const buyer = await db.buyer.create({ data: { name: `Shop ${id}`, country: "JP", ownership: "OFFLINE", ownerBrandId: brand.id, email: `shop-${id}@buyer.example` } });
  await db.connection.create({ data: { brandId: brand.id, buyerId: buyer.id, currency: "JPY" } });
  const caseTee = await createPackProduct(db, brand.id, { name: "Case Tee", sizes: ["M"], rules: { orderMultiple: 6, minQuantity: 12 } });
  const runTee = await createPackProduct(db, brand.id, { name: "Run Tee", rules: { saleMode: "PACKS_AND_SINGLES" }, prepacks: [{ name: "Size run A", sizes: { S: 1, M: 2, L: 2, XL: 1 } }] });
  const po = `PO-${id.toUpperCase()}-01`;
  const order = await createRuleOrder(db, brand, buyer.id, {
    product: caseTee, singles: { M: 12 }, more: [{ product: runTee, packs: [{ prepack: runTee.prepacks[0], packs: 2 }] }],
    status: "PLEASE_CREATE_OC", poNumber: po, requestedDeliveryFrom: "2026-12-15", requestedDeliveryTo: "2026-12-20", buyerNote: "Please deliver to the back door.",
  });
  // Another order of the brand, with another PO No.: the search leaves it out.
  await createRuleOrder(db, brand, buyer.id, { product: caseTee, singles: { M: 12 }, status: "PLEASE_CREATE_OC", poNumber: `QX-${id}` });
  return { brand, owner, order, po, caseTee, number: `${brand.orderPrefix}-${String(order.number).padStart(6, "0")}` };
}

test("staff find an order by its PO No., read the buyer's request and prepack, and save an OC despite a case pack only with the override", async ({ page }) => {
  test.setTimeout(120_000);
  const f = await createBrandWithOrders();
  await signInAsBrandStaff(page, f.owner.email, PASSWORD);

  // Order Management: search by the beginning of the PO No., typed in lower case.
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Order Management" }).click();
  await expect(page.getByRole("heading", { name: "Order Management" })).toBeVisible();
  await page.getByLabel("PO No.").fill(f.po.slice(0, -3).toLowerCase());
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("order-row")).toHaveCount(1);
  await expect(page.getByTestId("order-po")).toHaveText(f.po);
  await page.getByRole("link", { name: `Detail of ${f.number}` }).click();

  // The buyer's request and the prepack beside the SKU lines.
  await expect(page.getByRole("heading", { name: `Order ${f.number}` })).toBeVisible();
  const request = page.getByTestId("order-request");
  await expect(request).toContainText(f.po);
  await expect(request).toContainText("Dec 15, 2026 – Dec 20, 2026");
  await expect(request).toContainText("Please deliver to the back door.");
  await expect(page.getByTestId("order-pack")).toContainText("Size run A × 2 (Navy): S ×1, M ×2, L ×2, XL ×1");
  await expect(page.getByTestId("oc-line").filter({ hasText: "Run Tee" }).filter({ hasText: "/ M" })).toContainText("incl. 4 from packs");

  // A quantity that breaks the case pack and the minimum: the buyer's sentences, in place.
  const caseLine = page.getByTestId("oc-line").filter({ hasText: "Case Tee" });
  await caseLine.getByRole("spinbutton", { name: /^Quantity of/ }).fill("7");
  await expect(caseLine).toContainText("Sold in cases of 6: 7 → 6 or 12");
  await expect(caseLine).toContainText("At least 12 units of this product: the order has 7");
  await page.getByRole("button", { name: "Create OC" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "tick “Save despite order rules”" })).toBeVisible();
  await expect(page.getByTestId("order-status")).toContainText("Please create an OC");

  // With the override the OC saves, and the status history says which rules were overridden.
  await page.getByLabel("Save despite order rules").check();
  await page.getByRole("button", { name: "Create OC" }).click();
  await expect(page.getByTestId("order-status")).toContainText("OC Created");
  await expect(page.getByTestId("order-history")).toContainText(`Saved despite order rules: ${f.caseTee.productCode} (${f.caseTee.productCode}-M): Sold in cases of 6: 7 → 6 or 12`);
  await expect(caseLine.getByRole("spinbutton", { name: /^Quantity of/ })).toHaveValue("7");
});
