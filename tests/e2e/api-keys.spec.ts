import { expect, test } from "@playwright/test";
import { hashSecret } from "../../lib/auth/password";
import { DIALOG, expectAccessible } from "./support/a11y";
import { createE2eBrand, E2E_PASSWORD, e2ePrisma, signInAs } from "./support/catalogs-fixture";

test.describe.configure({ timeout: 120_000 });
const SAVED = { timeout: 30_000 };

test("an Admin creates an API key, copies the secret shown once, calls the API with it, then revokes it", async ({ page, context, request }) => {
  const { brand, suffix } = await createE2eBrand();
  const admin = await e2ePrisma().user.create({ data: { email: `admin-${suffix}@e2e.example`, name: `Admin ${suffix}`, passwordHash: await hashSecret(E2E_PASSWORD) } });
  await e2ePrisma().brandMember.create({ data: { brandId: brand.id, userId: admin.id, role: "ADMIN" } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);

  await signInAs(page, admin.email);
  await page.goto("/admin/settings");
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page.getByText("No API keys yet.")).toBeVisible();

  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByText("Enter a name for the key.")).toBeVisible();
  await expect(dialog.getByText("Choose at least one scope.")).toBeVisible();
  await expectAccessible(page, "Create API key dialog", { within: DIALOG });
  await dialog.getByLabel("Key name").fill("ERP sync");
  await dialog.getByRole("checkbox", { name: "orders:read" }).check();
  await dialog.getByRole("button", { name: "Create key" }).click();

  const shown = page.getByRole("dialog", { name: "Copy your API key" });
  await expect(shown).toBeVisible(SAVED);
  await expect(shown.getByText("This is the only time the key is shown.", { exact: false })).toBeVisible();
  await expectAccessible(page, "API key shown once", { within: DIALOG });
  const secret = (await shown.getByTestId("api-key-secret").textContent())!.trim();
  expect(secret).toMatch(/^wk_live_[A-Za-z0-9_-]{43}$/);
  await shown.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByText("The API key was copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await shown.getByRole("button", { name: "Done" }).click();

  // Listed by name and prefix; the secret is not on the page any more.
  const row = page.getByRole("row", { name: /ERP sync/ });
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(row).toContainText("orders:read");
  await expect(row).toContainText("Never");
  expect(await page.content()).not.toContain(secret);

  const ok = await request.get("/api/v1/orders", { headers: { authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toEqual({ data: [], nextCursor: null });
  const noScope = await request.get("/api/v1/products", { headers: { authorization: `Bearer ${secret}` } });
  expect(noScope.status()).toBe(403);

  await page.reload();
  await expect(page.getByRole("row", { name: /ERP sync/ })).not.toContainText("Never");
  await expectAccessible(page, "Settings › API keys");
  await page.getByRole("button", { name: "Revoke ERP sync" }).click();
  const confirm = page.getByRole("dialog", { name: "Revoke ERP sync?" });
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByText("The API key was revoked.")).toBeVisible(SAVED);
  await expect(page.getByRole("row", { name: /ERP sync/ })).toContainText("Revoked");

  const refused = await request.get("/api/v1/orders", { headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
});

test("Settings › API lists every endpoint with its scope and a curl example", async ({ page }) => {
  const { owner } = await createE2eBrand();
  await signInAs(page, owner.email);
  await page.goto("/admin/settings/api");
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();
  const confirm = page.getByTestId("api-route-confirmOrderOc");
  await expect(confirm).toContainText("/api/v1/orders/{id}/confirm-oc");
  await expect(confirm).toContainText("orders:write");
  await confirm.getByText("Example").click();
  await expect(confirm.locator("pre")).toContainText("curl -X POST");
  await expect(page.getByTestId("api-route-updateInventory")).toContainText("Idempotent");
  await expectAccessible(page, "Settings › API");
  const openapi = await page.request.get("/api/v1/openapi.json");
  expect((await openapi.json()).openapi).toBe("3.1.0");
});
