// Japanese and English: the admin's language switcher, kept on the user across sign-ins.
import { expect, test } from "@playwright/test";
import { createE2eBrand, signInAs } from "./support/catalogs-fixture";

test("brand staff switch the admin to Japanese and it stays Japanese after signing in again", async ({ page, context }) => {
  const { owner } = await createE2eBrand();
  await signInAs(page, owner.email);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByTestId("language-switcher").selectOption("ja");
  const menu = page.getByRole("navigation", { name: "メインメニュー" });
  await expect(menu.getByRole("link", { name: "受注管理" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "リンク" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");

  // A new browser session (no language cookie): the setting is the user's.
  await context.clearCookies();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill("e2e-pass-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "メインメニュー" })).toBeVisible();

  await page.getByTestId("language-switcher").selectOption("en");
  await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Order Management" })).toBeVisible();
});
