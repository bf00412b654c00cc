// Demo accounts from the seed, for tests that only read shared demo data.
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../prisma/demo-data";

export { DEMO_PASSWORD };

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAsBrandStaff(page: Page, email: string, password = DEMO_PASSWORD) {
  await signIn(page, email, password);
  // The first admin page of a freshly started server loads its route modules (slowest on PGlite).
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible({ timeout: 30_000 });
}
