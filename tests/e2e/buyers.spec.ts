import { expect, test, type Page } from "@playwright/test";
import { demoConnectionCount } from "../../prisma/demo-data";
import { signIn, signInAsBrandStaff } from "./support/accounts";
import { createConnectedBuyer, E2E_PASSWORD } from "./support/buyers-fixture";

async function searchBuyers(page: Page, name: string, status: "Connected" | "Closed") {
  await page.getByRole("link", { name: "Buyers", exact: true }).click();
  await expect(page.getByRole("link", { name: "Connected Buyers" })).toHaveAttribute("aria-current", "page");
  await page.getByLabel("Status").selectOption({ label: status });
  await page.getByLabel("Buyer name").fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`status=${status.toUpperCase()}`));
}

test("disconnecting a buyer shuts it out of the Buyer App at once; reconnecting brings the brand back", async ({ browser }) => {
  // Two signed-in browsers and many page loads: a longer budget on a shared machine.
  test.setTimeout(180_000);
  const f = await createConnectedBuyer();
  const adminContext = await browser.newContext();
  const buyerContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const buyer = await buyerContext.newPage();

  // The buyer's session is open before the brand disconnects them.
  await signIn(buyer, f.buyerUser.email, E2E_PASSWORD);
  await expect(buyer.getByTestId("connected-brands").getByText(f.brand.name)).toBeVisible();
  await buyer.getByRole("link", { name: new RegExp(f.brand.name) }).click();
  await expect(buyer.getByRole("heading", { name: f.brand.name })).toBeVisible();
  await buyer.getByRole("link", { name: new RegExp(f.catalog.name) }).click();
  // 12,000 JPY less the buyer's 10% discount.
  await expect(buyer.getByTestId("unit-price")).toHaveText("¥10,800");
  const catalogUrl = buyer.url();

  await signInAsBrandStaff(admin, f.staff.email, E2E_PASSWORD);
  await admin.getByRole("link", { name: "Buyers", exact: true }).click();
  // Connected Buyers is open by default, with Status Connected.
  await expect(admin.getByLabel("Status")).toHaveValue("CONNECTED");
  await searchBuyers(admin, f.buyer.name, "Connected");
  const row = admin.getByTestId("buyer-row").filter({ hasText: f.buyer.name });
  await row.getByRole("button", { name: `Disconnect ${f.buyer.name}` }).click();
  const modal = admin.getByRole("dialog", { name: "Disconnect" });
  await expect(modal).toContainText(f.buyer.name);
  await modal.getByRole("button", { name: "Disconnect" }).click();
  await expect(admin.getByText(`${f.buyer.name} was disconnected. Status: Closed.`)).toBeVisible();
  await expect(admin.getByTestId("buyer-row").filter({ hasText: f.buyer.name })).toHaveCount(0);

  // The already-open buyer session: the brand is gone and its pages refuse.
  await buyer.goto(catalogUrl);
  await expect(buyer.getByTestId("no-longer-connected")).toContainText(`No longer connected to ${f.brand.name}`);
  await expect(buyer.getByTestId("unit-price")).toHaveCount(0);
  await buyer.goto(`/buyer/brands/${f.brand.id}`);
  await expect(buyer.getByTestId("no-longer-connected")).toBeVisible();
  await buyer.goto("/buyer");
  await expect(buyer.getByText(f.brand.name)).toHaveCount(0);

  // Reconnect from the Closed search.
  await searchBuyers(admin, f.buyer.name, "Closed");
  await admin.getByTestId("buyer-row").filter({ hasText: f.buyer.name }).getByRole("button", { name: `Reconnect ${f.buyer.name}` }).click();
  const reconnect = admin.getByRole("dialog", { name: "Reconnect" });
  await reconnect.getByRole("button", { name: "Reconnect" }).click();
  await expect(admin.getByText(`${f.buyer.name} was reconnected. Status: Connected.`)).toBeVisible();

  await buyer.reload();
  await expect(buyer.getByTestId("connected-brands").getByText(f.brand.name)).toBeVisible();
  await buyer.goto(catalogUrl);
  await expect(buyer.getByTestId("unit-price")).toHaveText("¥10,800");

  await adminContext.close();
  await buyerContext.close();
});

test("trading terms are validated beside the field and saved", async ({ page }) => {
  const f = await createConnectedBuyer();
  await signInAsBrandStaff(page, f.staff.email, E2E_PASSWORD);
  await page.goto(`/admin/buyers/${f.buyer.id}`);
  await expect(page.getByRole("heading", { name: f.buyer.name })).toBeVisible();
  const terms = page.getByRole("form", { name: "Trading terms" });
  await terms.getByLabel("Discount rate (%)").fill("120");
  await terms.getByRole("button", { name: "Save trading terms" }).click();
  await expect(terms.getByText("The discount rate cannot be more than 100%.")).toBeVisible();
  await terms.getByLabel("Discount rate (%)").fill("15");
  await terms.getByLabel("Currency").selectOption("USD");
  await terms.getByRole("button", { name: "Save trading terms" }).click();
  await expect(page.getByText("Trading terms saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: "Trading terms" }).getByLabel("Currency")).toHaveValue("USD");
  await expect(page.getByTestId("connection-history")).toContainText("Trading terms changed");
});

test("another brand's buyer page answers 404", async ({ page }) => {
  const f = await createConnectedBuyer();
  const other = await createConnectedBuyer();
  await signInAsBrandStaff(page, f.staff.email, E2E_PASSWORD);
  const response = await page.goto(`/admin/buyers/${other.buyer.id}`);
  expect(response?.status()).toBe(404);
});

test("the Connected Buyers tab lists demo buyers with Connected by default", { tag: "@smoke" }, async ({ page }) => {
  await signInAsBrandStaff(page, "staff@aoyama.example");
  await page.getByRole("link", { name: "Buyers", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Buyers" })).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("CONNECTED");
  await expect(page.getByTestId("buyer-row")).toHaveCount(demoConnectionCount("aoyama-atelier", "CONNECTED"));
  await page.getByLabel("Status").selectOption({ label: "Closed" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("buyer-row")).toHaveCount(demoConnectionCount("aoyama-atelier", "CLOSED"));
  await expect(page.getByTestId("buyer-row").first().getByRole("button", { name: /^Reconnect/ })).toBeVisible();
});
