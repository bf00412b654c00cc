// "Forgot password?" end to end: the link on /signin, the same answer for any address, the mail in
// the outbox, the single-use page that sets a new password under the rule, then signing in with it
// (and not with the old one).
import { expect, test } from "@playwright/test";
import { createE2eBrand, E2E_PASSWORD, e2ePrisma } from "./support/catalogs-fixture";

test.describe.configure({ timeout: 120_000 });
const SAVED = { timeout: 30_000 };
const NEW_PASSWORD = "Winter-plum-2027";

test("forgot password: mail in the outbox, reset on its page, then sign in with the new password", async ({ page }) => {
  const { owner, brand } = await createE2eBrand();
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await page.getByLabel("Email").fill(owner.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByTestId("reset-requested")).toContainText(`If an account exists for ${owner.email}, it has been sent a link`);

  // The mail, as the outbox keeps it without an SMTP server.
  const mail = await e2ePrisma().outboxEmail.findFirstOrThrow({ where: { to: owner.email, template: "passwordReset" } });
  const path = /\/reset-password\/[A-Za-z0-9_-]{43}/.exec(JSON.stringify(mail.data))![0];
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(`For ${owner.email}.`)).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("qwerty12345");
  await page.getByLabel("Confirm new password").fill("qwerty12345");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("This password is too common. Choose one that is harder to guess.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save the new password" }).click();
  // Signed in at once, in the brand's admin.
  await expect(page.getByRole("heading", { name: brand.name })).toBeVisible(SAVED);
  await expect(page).toHaveURL(/\/admin$/);

  // The link works once.
  await page.goto(path);
  await expect(page.getByTestId("reset-link-invalid")).toBeVisible();

  // The old password no longer signs in; the new one does.
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
  await page.goto("/admin");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signin-error")).toHaveText("The email address or password is incorrect.");
  await page.getByLabel("Password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: brand.name })).toBeVisible(SAVED);

  // The profile's security log shows what happened.
  await page.goto("/admin/profile");
  const log = page.getByTestId("security-log");
  await expect(log.locator('tr[data-event="PASSWORD_RESET_REQUESTED"]')).toHaveCount(1);
  await expect(log.locator('tr[data-event="PASSWORD_RESET"]')).toHaveCount(1);
  await expect(log.locator('tr[data-event="SIGN_IN_FAILED"]')).toHaveCount(1);
});
