import { expect, test } from "@playwright/test";
import { demoConnectionCount } from "../../prisma/demo-data";
import { signIn, signInAsBrandStaff } from "./support/accounts";

test("a signed-out visit to the admin goes to sign-in and comes back after it", { tag: "@smoke" }, async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
  await page.getByLabel("Email").fill("owner@aoyama.example");
  await page.getByLabel("Password").fill("demo-pass-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Aoyama Atelier" })).toBeVisible();
});

test("brand staff see the admin shell with real counts", { tag: "@smoke" }, async ({ page }) => {
  await signInAsBrandStaff(page, "staff@aoyama.example");
  await expect(page.getByTestId("signed-in-user")).toHaveText("Yui Tanaka");
  await expect(page.getByTestId("count-connectedBuyers")).toHaveText(String(demoConnectionCount("aoyama-atelier", "CONNECTED")));
  await expect(page.getByTestId("count-openLinks")).not.toHaveText("0");
});

test("a wrong password gets a clear message and no session", { tag: "@smoke" }, async ({ page }) => {
  await signIn(page, "owner@aoyama.example", "not-the-password");
  await expect(page.getByTestId("signin-error")).toHaveText("The email address or password is incorrect.");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin/);
});

test("empty fields are explained beside each field", { tag: "@smoke" }, async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
});

test("a buyer sees the Buyer App with the brands they are connected to", { tag: "@smoke" }, async ({ page }) => {
  await signIn(page, "buyer@shibuya-select.example");
  await expect(page).toHaveURL(/\/buyer$/);
  const brands = page.getByTestId("connected-brands");
  await expect(brands.getByText("Aoyama Atelier")).toBeVisible();
  await expect(brands.getByText("Northwind Supply Co.")).toBeVisible();
  // Ordering for another organization shows that organization's brands.
  await page.getByLabel("Ordering for").selectOption({ label: "Kyoto Goods Store" });
  await expect(brands.getByText("Northwind Supply Co.")).toBeHidden();
  await expect(brands.getByText("Aoyama Atelier")).toBeVisible();
  // A buyer user has no brand admin.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/buyer$/);
});

test("a member of two brands switches between them", async ({ page }) => {
  await signInAsBrandStaff(page, "manager@both.example");
  await expect(page.getByRole("heading", { name: "Aoyama Atelier" })).toBeVisible();
  await page.getByLabel("Brand").selectOption({ label: "Northwind Supply Co." });
  await expect(page.getByRole("heading", { name: "Northwind Supply Co." })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signInAsBrandStaff(page, "owner@northwind.example");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin/);
});
