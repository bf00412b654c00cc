// A new co-worker accepts a staff invitation by creating an account on /invite/<token> (the
// mailed link; no password is ever mailed), lands in the brand's admin, and later signs in with
// the password they chose. The link works once.
import { expect, test } from "@playwright/test";
import { createE2eBrand, e2ePrisma, signInAs } from "./support/catalogs-fixture";

test.describe.configure({ timeout: 120_000 });
const SAVED = { timeout: 30_000 };

test("a new co-worker accepts a staff invitation by creating an account and lands in the admin", async ({ page, browser }) => {
  const { owner, brand, suffix } = await createE2eBrand();
  const email = `new-admin-${suffix}@e2e.example`;
  await signInAs(page, owner.email);
  await page.goto("/admin/settings/staff");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("ADMIN");
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible(SAVED);
  await expect(page.getByText(`${email} · Admin`)).toBeVisible();

  // The link as mailed (the outbox keeps the mail when no SMTP server is configured): a link, no password.
  const mail = await e2ePrisma().outboxEmail.findFirstOrThrow({ where: { brandId: brand.id, to: email } });
  expect(JSON.stringify(mail.data)).not.toMatch(/password/i);
  const path = /\/invite\/[A-Za-z0-9_-]{43}/.exec(JSON.stringify(mail.data))![0];

  // The invitee, in a browser of their own.
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(path);
  await expect(invitee.getByRole("heading", { name: `Join ${brand.name}` })).toBeVisible();
  await expect(invitee.getByTestId("invited-role")).toHaveText("Admin");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.getByText("Enter your name.")).toBeVisible();
  await expect(invitee.getByText("Use at least 10 characters.")).toBeVisible();
  await invitee.getByLabel("Your name").fill("Hana Mori");
  // A common password is refused beside the field, before anything is sent.
  await invitee.getByLabel("Password", { exact: true }).fill("password123");
  await invitee.getByLabel("Confirm password").fill("password123");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.getByText("This password is too common. Choose one that is harder to guess.")).toBeVisible();
  await invitee.getByLabel("Password", { exact: true }).fill("hana-pass-2026");
  await invitee.getByLabel("Confirm password").fill("hana-pass-2026");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee).toHaveURL(/\/admin$/, SAVED);
  await expect(invitee.getByRole("heading", { name: brand.name })).toBeVisible();
  await expect(invitee.getByTestId("signed-in-user")).toHaveText("Hana Mori");

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
