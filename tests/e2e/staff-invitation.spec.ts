import { expect, test } from "@playwright/test";
import { createE2eBrand, e2ePrisma, signInAs } from "./support/catalogs-fixture";

test.describe.configure({ timeout: 120_000 });
const SAVED = { timeout: 30_000 };

test("an invited new address sets a password on /invite/<token>, then signs in to the brand's admin", async ({ page, browser }) => {
  const { owner, brand, suffix } = await createE2eBrand();
  const email = `new-admin-${suffix}@e2e.example`;
  await signInAs(page, owner.email);
  await page.goto("/admin/settings/staff");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("ADMIN");
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible(SAVED);
  await expect(page.getByText(`${email} · Admin`)).toBeVisible();

  // The link as mailed (the outbox keeps the mail when no SMTP server is configured).
  const mail = await e2ePrisma().outboxEmail.findFirstOrThrow({ where: { brandId: brand.id, to: email } });
  const path = /\/invite\/[A-Za-z0-9_-]+/.exec(JSON.stringify(mail.data))![0];

  // The invitee, in a browser of their own.
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(path);
  await expect(invitee.getByRole("heading", { name: `Join ${brand.name}` })).toBeVisible();
  await expect(invitee.getByTestId("invited-role")).toHaveText("Admin");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.getByText("Enter your name.")).toBeVisible();
  await expect(invitee.getByText("Use at least 8 characters.")).toBeVisible();
  await invitee.getByLabel("Your name").fill("Hana Mori");
  await invitee.getByLabel("Password", { exact: true }).fill("hana-pass-2026");
  await invitee.getByLabel("Confirm password").fill("hana-pass-2026");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee).toHaveURL(/\/admin$/, SAVED);
  await expect(invitee.getByRole("heading", { name: brand.name })).toBeVisible();

  // Later, signing in with the chosen password leads to the same brand's admin.
  await invitee.getByRole("button", { name: "Sign out" }).click();
  await expect(invitee).toHaveURL(/\/signin/);
  await invitee.getByLabel("Email").fill(email);
  await invitee.getByLabel("Password").fill("hana-pass-2026");
  await invitee.getByRole("button", { name: "Sign in" }).click();
  await expect(invitee).toHaveURL(/\/admin$/, SAVED);
  await expect(invitee.getByRole("heading", { name: brand.name })).toBeVisible();
  await expect(invitee.getByTestId("signed-in-user")).toHaveText("Hana Mori");
  await expect(invitee.getByText(`${email} · Admin`)).toBeVisible();

  // The mailed link is used up.
  const again = await invitee.goto(path);
  expect(again?.status()).toBe(404);
  await expect(invitee.getByTestId("invitation-invalid")).toBeVisible();
  await expect(invitee.getByRole("heading", { name: "This invitation is no longer valid" })).toBeVisible();
  await invitee.context().close();
});
