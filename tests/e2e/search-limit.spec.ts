import { expect, test } from "@playwright/test";
import { signInAsBrandStaff } from "./support/accounts";
import { ADMIN_LISTS_PASSWORD, createAdminListsBrand } from "./support/admin-lists-fixture";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** 10 kB of text, as when a whole document is pasted into a search box by mistake. */
const TEN_KB = "Spring order notes for the showroom, 2027: ".repeat(240).slice(0, 10_240);
const LIMIT_MESSAGE = "Search text is limited to 200 characters: the rest of the pasted text was left out.";
const ADDRESS_MESSAGE = "Search text is limited to 200 characters: only the first 200 were searched.";

test("pasting 10 kB into a search box keeps 200 characters, says so, and the search answers with the list", async ({ page }) => {
  test.setTimeout(120_000);
  const f = await createAdminListsBrand();
  await signInAsBrandStaff(page, f.owner.email, ADMIN_LISTS_PASSWORD);
  for (const [path, box] of [
    ["/admin/links?tab=customer", "Link Name"],
    ["/admin/orders", "Buyer"],
    ["/admin/buyers", "Email"],
  ] as const) {
    await page.goto(path);
    const input = page.getByLabel(box, { exact: true });
    await page.evaluate((text) => navigator.clipboard.writeText(text), TEN_KB);
    await input.focus();
    await page.keyboard.press("ControlOrMeta+V");
    await expect(input, path).toHaveValue(TEN_KB.slice(0, 200));
    await expect(page.getByText(LIMIT_MESSAGE), path).toBeVisible();
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().isNavigationRequest()), page.getByRole("button", { name: "Search", exact: true }).click()]);
    expect(response.status(), path).toBe(200);
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    await expect(page.getByLabel(box, { exact: true })).toHaveValue(TEN_KB.slice(0, 200).trim());
  }
});

test("a 10 kB search value in a list's address shows the list with a message beside its box, never an error page", async ({ page }) => {
  test.setTimeout(180_000);
  const f = await createAdminListsBrand();
  await signInAsBrandStaff(page, f.owner.email, ADMIN_LISTS_PASSWORD);
  const cases: [path: string, param: string, box: string][] = [
    ["/admin/links?tab=customer", "q", "Link Name"],
    ["/admin/buyers", "name", "Buyer name"],
    ["/admin/buyers", "email", "Email"],
    ["/admin/catalogs", "q", "Search catalogs"],
    ["/admin/products", "q", "Search products"],
    ["/admin/orders", "number", "Order number"],
    ["/admin/orders", "po", "PO No."],
    ["/admin/orders", "buyer", "Buyer"],
    ["/admin/orders", "link", "Source link"],
    ["/admin/shipping", "q", "Order No., Product ID or SKU"],
    ["/admin/shipping", "email", "Customer Email"],
    ["/admin/shipping/released", "q", "Order No., Product ID or SKU"],
    ["/admin/shipping/released", "email", "Customer Email"],
  ];
  for (const [path, param, box] of cases) {
    const url = `${path}${path.includes("?") ? "&" : "?"}${param}=${encodeURIComponent(TEN_KB)}`;
    const response = await page.goto(url);
    expect(response?.status(), `${path} ${param}`).toBe(200);
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    const input = page.getByLabel(box, { exact: true });
    await expect(input, `${path} ${param}`).toHaveValue(TEN_KB.slice(0, 200).trim());
    await expect(page.getByTestId("search-limit-message"), `${path} ${param}`).toHaveText(ADDRESS_MESSAGE);
  }
});
