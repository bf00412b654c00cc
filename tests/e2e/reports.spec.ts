import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/db/generated/client";
import { expectAccessible } from "./support/a11y";
import { signInAsBrandStaff } from "./support/accounts";
import { e2ePrisma } from "./support/shipping-fixture";
import { createReportsBrand, KAMAKURA_SS26, REPORTS_PASSWORD } from "./support/reports-fixture";

// These tests write their own brand, so they run only against PostgreSQL (the config skips them on
// PGlite); the client is opened in beforeAll so merely loading this file needs no database.
let db: PrismaClient;
test.beforeAll(() => {
  db = e2ePrisma();
});
test.afterAll(async () => {
  await db?.$disconnect();
});

/** "¥35,000" → 35000; "1,234" → 1234. */
const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ""));

/** The sales table's body rows as [period, orders, units, value] texts. */
async function tableRows(section: Locator): Promise<string[][]> {
  const rows = section.getByRole("table").locator("tbody tr");
  const out: string[][] = [];
  for (const row of await rows.all()) out.push((await row.locator("th, td").allInnerTexts()).map((t) => t.trim()));
  return out;
}

/** The CSV's rows as cells (every cell is quoted), header first. */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')));
}

async function settled(page: Page) {
  await expect(page.getByTestId("report-updating")).toBeEmpty();
}

test("a manager filters sales by season and buyer, the chart and table agree, and the CSV has the same numbers", async ({ page }) => {
  const shop = await createReportsBrand(db);
  await signInAsBrandStaff(page, shop.manager.email, REPORTS_PASSWORD);

  // Transactions > Reports.
  const menu = page.getByRole("navigation", { name: "Main menu" });
  await expect(menu.getByText("Transactions")).toBeVisible();
  await menu.getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sales", exact: true })).toHaveAttribute("aria-current", "page");

  // Season, then buyer through the searchable picker (keyboard), then months.
  await page.getByLabel("Catalog (season)").selectOption({ label: "SS26 (SS26)" });
  await expect(page).toHaveURL(new RegExp(`catalog=${shop.ss26.id}`));
  await settled(page);
  const buyer = page.getByRole("combobox", { name: "Buyer" });
  await buyer.fill("Kamakura");
  await expect(page.getByRole("option", { name: shop.kamakura.name })).toBeVisible();
  await buyer.press("Enter");
  await expect(page).toHaveURL(new RegExp(`buyer=${shop.kamakura.id}`));
  await settled(page);
  await page.getByLabel("Show by").selectOption("month");
  await expect(page).toHaveURL(/grain=month/);
  await settled(page);
  await expect(buyer).toHaveValue(shop.kamakura.name);

  // The headline is Kamakura's SS26 orders (not Sendai's, not AW25, not the cancelled one).
  await expect(page.getByTestId("headline-value")).toHaveText(KAMAKURA_SS26.value);
  await expect(page.getByTestId("headline-orders")).toHaveText(String(KAMAKURA_SS26.orders));
  await expect(page.getByTestId("headline-units")).toHaveText(String(KAMAKURA_SS26.units));

  // The table adds up to the headline, and has one row per point of the chart.
  const section = page.getByTestId("sales-report");
  const rows = await tableRows(section);
  expect(rows.length).toBeGreaterThanOrEqual(2);
  expect(rows.reduce((sum, r) => sum + amount(r[3]), 0)).toBe(amount(KAMAKURA_SS26.value));
  expect(rows.reduce((sum, r) => sum + amount(r[1]), 0)).toBe(KAMAKURA_SS26.orders);
  expect(rows.reduce((sum, r) => sum + amount(r[2]), 0)).toBe(KAMAKURA_SS26.units);
  expect(rows.map((r) => r[0])).toContain("January 2026");
  expect(rows.map((r) => r[0])).toContain("March 2026");
  const chart = section.getByRole("img", { name: /Line chart of ordered value in JPY/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator(".recharts-line-dot")).toHaveCount(rows.length);

  // The CSV: the same periods in the same order with the same numbers, in one currency.
  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: /^Download CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^report-sales-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...lines] = csvRows(await readFile((await download.path())!, "utf8"));
  expect(header).toEqual(["Period", "Orders", "Units", "Value", "Currency"]);
  expect(lines.map((l) => [l[1], l[2], l[3]])).toEqual(rows.map((r) => [r[1], r[2], r[3]]));
  expect(lines.every((l) => l[4] === "JPY")).toBe(true);
  expect(lines.map((l) => l[0])).toContain("2026-01-01");
});

test("the buyer tab ranks the season's buyers and lists last season's buyers who have not ordered again", async ({ page }) => {
  const shop = await createReportsBrand(db);
  await signInAsBrandStaff(page, shop.manager.email, REPORTS_PASSWORD);
  await page.goto(`/admin/reports/buyers?currency=JPY&catalog=${shop.ss26.id}`);
  const top = page.getByTestId("buyers-report");
  const rows = await tableRows(top);
  // Ranked by value: Kamakura ¥35,000, Sendai ¥30,000 (Nara ordered in AW25 only).
  expect(rows.map((r) => r[0])).toEqual([shop.kamakura.name, shop.sendai.name]);
  const reengagement = page.getByTestId("reengagement");
  await expect(reengagement.getByRole("heading", { name: "Ordered last season, not this one" })).toBeVisible();
  const nara = reengagement.getByRole("row", { name: new RegExp(shop.nara.name) });
  await expect(nara).toContainText("+81 742 00 0000");
  await expect(nara).toContainText("¥12,000");
  await expect(nara.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
  await expect(reengagement.getByRole("row", { name: new RegExp(shop.kamakura.name) })).toHaveCount(0);
  // Clicking a buyer opens the sales report filtered by them.
  await top.getByRole("link", { name: shop.kamakura.name }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/reports\\?.*buyer=${shop.kamakura.id}`));
  await expect(page.getByRole("combobox", { name: "Buyer" })).toHaveValue(shop.kamakura.name);
  await expect(page.getByTestId("headline-value")).toHaveText(KAMAKURA_SS26.value);
});

test("ops staff get a 404 at Reports and no menu entry", async ({ page }) => {
  const shop = await createReportsBrand(db);
  await signInAsBrandStaff(page, shop.ops.email, REPORTS_PASSWORD);
  await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Order Management" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Reports" })).toHaveCount(0);
  const response = await page.goto("/admin/reports");
  expect(response?.status()).toBe(404);
  const download = await page.request.get("/admin/reports/export/sales?format=csv");
  expect(download.status()).toBe(404);
});

test("on a 390 px phone the sales report fits the screen without sideways scrolling", async ({ page }) => {
  const shop = await createReportsBrand(db);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsBrandStaff(page, shop.manager.email, REPORTS_PASSWORD);
  await page.goto(`/admin/reports?currency=JPY&catalog=${shop.ss26.id}&grain=week&compare=previous-period`);
  await expect(page.getByTestId("sales-report").getByRole("table")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Buyer" })).toBeVisible();
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, body: document.body.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  expect(widths.body).toBeLessThanOrEqual(widths.viewport);
});

test("every Reports tab has no serious accessibility violations, at desktop and phone widths", async ({ page }) => {
  test.setTimeout(240_000);
  const shop = await createReportsBrand(db);
  await signInAsBrandStaff(page, shop.manager.email, REPORTS_PASSWORD);
  const query = `currency=JPY&catalog=${shop.ss26.id}`;
  for (const [path, state] of [
    [`/admin/reports?${query}&compare=previous-season&grain=month`, "sales report"],
    [`/admin/reports/products?${query}`, "products report"],
    [`/admin/reports/products/${shop.product.id}?${query}`, "product breakdown"],
    [`/admin/reports/buyers?${query}`, "buyers report with the re-engagement list"],
    [`/admin/reports/channels?${query}`, "channels report"],
    [`/admin/reports/geography?${query}`, "geography report"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
    await expectAccessible(page, state);
  }
  // A filter that does not parse is left out, and says so beside its control.
  await page.goto(`/admin/reports?${query}&from=2026-02-30`);
  await expect(page.getByText("Enter a date as YYYY-MM-DD.")).toBeVisible();
  await expect(page.getByTestId("headline-orders")).toHaveText("4");
  // The product breakdown flags the sold-out size.
  await page.goto(`/admin/reports/products/${shop.product.id}?${query}`);
  await expect(page.getByTestId("size-grid").getByRole("row", { name: /^Navy/ })).toContainText("Sold out");
});
