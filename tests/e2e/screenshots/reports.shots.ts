// Saves docs/screenshots/reports-<tab>.png: each Reports tab on the demo data (Aoyama Atelier,
// signed in as its owner), with the newest season that has orders chosen where a report needs one.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInAsBrandStaff } from "../support/accounts";

const locale = process.env.SCREENSHOT_LOCALE === "ja" ? "ja" : "en";
const suffix = locale === "ja" ? "-ja" : "";
const out = (name: string) => path.join(process.cwd(), "docs", "screenshots", `reports-${name}${suffix}.png`);

test.use({ viewport: { width: 1280, height: 900 } });

test("screenshots of every Reports tab on the demo data", async ({ page }) => {
  test.setTimeout(180_000);
  // Signed in in English (the helper reads the English form), then the pages in the chosen language.
  await signInAsBrandStaff(page, "owner@aoyama.example", DEMO_PASSWORD);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "127.0.0.1", path: "/", httpOnly: true, secure: false, sameSite: "Lax" }]);
  await page.goto("/admin/reports");
  // The newest season with orders (the picker lists the newest first; a preview may have none yet).
  const catalogs = await page.locator("#report-filter-catalog option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  let catalogId = catalogs[0] ?? "";
  for (const id of catalogs) {
    await page.goto(`/admin/reports/products?catalog=${id}`);
    if (await page.getByTestId("products-report").getByRole("table").count()) {
      catalogId = id;
      break;
    }
  }
  await page.goto("/admin/reports");
  const settle = async () => {
    await expect(page.getByTestId("report-updating")).toBeEmpty();
    await page.waitForLoadState("networkidle");
  };
  // Sales: the last 90 days by week against the 90 days before, chosen in the filter bar.
  await page.locator("#report-filter-period").selectOption("last90");
  await settle();
  await page.locator("#report-filter-grain").selectOption("week");
  await settle();
  await page.locator("#report-filter-compare").selectOption("previous-period");
  await settle();
  await page.screenshot({ path: out("sales"), fullPage: true });
  const shots: [string, string][] = [
    ["products", `/admin/reports/products?catalog=${catalogId}`],
    ["buyers", `/admin/reports/buyers?catalog=${catalogId}`],
    ["channels", "/admin/reports/channels"],
    ["geography", "/admin/reports/geography"],
  ];
  for (const [name, href] of shots) {
    await page.goto(href);
    await settle();
    await page.screenshot({ path: out(name), fullPage: true });
  }
  // A product's colour × size breakdown: the top product of the season.
  await page.goto(`/admin/reports/products?catalog=${catalogId}`);
  const first = page.getByTestId("products-report").getByRole("table").locator("tbody tr th a").first();
  if (await first.count()) {
    await first.click();
    await expect(page.getByTestId("size-grid")).toBeVisible();
    await settle();
    await page.screenshot({ path: out("product-breakdown"), fullPage: true });
  }
});
