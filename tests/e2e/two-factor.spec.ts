// Two-factor authentication in the browser: a staff member turns it on from their profile (the code
// is made here with otplib from the key the page shows, as an authenticator app would), then signs
// in with a code and with a recovery code; an Owner requires it for all staff, and a staff member
// without it lands on the set-up page.
import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { hashSecret } from "../../lib/auth/password";
import { expectAccessible } from "./support/a11y";
import { createConnectedBuyer } from "./support/buyers-fixture";
import { createE2eBrand, E2E_PASSWORD, e2ePrisma, signInAs } from "./support/catalogs-fixture";

test.describe.configure({ timeout: 120_000 });
const SAVED = { timeout: 30_000 };

/** A code of the authenticator app `steps` periods from now (the set-up code's own period is spent). */
const code = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

async function addStaff(brandId: string, suffix: string) {
  const prisma = e2ePrisma();
  const user = await prisma.user.create({ data: { email: `staff-${suffix}@e2e.example`, name: `Staff ${suffix}`, passwordHash: await hashSecret(E2E_PASSWORD) } });
  await prisma.brandMember.create({ data: { brandId, userId: user.id, role: "STAFF" } });
  return user;
}

/** On the set-up page: starts, reads the key, confirms with a code; the secret and the recovery codes. */
async function setUpOnPage(page: Page) {
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("two-factor-key").innerText()).replace(/\s/g, "");
  await expectAccessible(page, "two-factor set-up");
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("That code is not valid. Check your authenticator app and try again.")).toBeVisible();
  await page.getByLabel("Code from the app").fill(await code(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("Two-factor authentication is on.")).toBeVisible(SAVED);
  const recoveryCodes = await page.getByTestId("recovery-code").allInnerTexts();
  await expectAccessible(page, "recovery codes");
  expect(recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes };
}

async function passwordStep(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter the 6-digit code from your authenticator app.")).toBeVisible(SAVED);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

test("staff turn on two-factor authentication, then sign in with a code and with a recovery code", async ({ page }) => {
  const { brand, suffix } = await createE2eBrand();
  const staff = await addStaff(brand.id, suffix);
  await signInAs(page, staff.email);
  await page.goto("/admin/profile");
  const section = page.getByTestId("two-factor-section");
  await expect(section.getByText("Off", { exact: true })).toBeVisible();
  await section.getByRole("link", { name: "Set up" }).click();
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  const { secret, recoveryCodes } = await setUpOnPage(page);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/admin$/, SAVED);
  await page.goto("/admin/profile");
  await expect(section.getByText("On", { exact: true })).toBeVisible();
  await expect(section.getByText("10 recovery codes left")).toBeVisible();
  await expectAccessible(page, "profile with two-factor on");
  await signOut(page);

  // The password alone opens no session: the code step follows, Remember this device unticked.
  await passwordStep(page, staff.email);
  await expect(page.getByLabel("Remember this device for 30 days")).not.toBeChecked();
  await expectAccessible(page, "sign-in code step");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin/);
  await passwordStep(page, staff.email);
  await page.getByLabel("Authentication code").fill("123456");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code is not valid. Check your authenticator app and try again.")).toBeVisible();
  await page.getByLabel("Authentication code").fill(await code(secret, 1));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/admin$/, SAVED);
  await expect(page.getByTestId("signed-in-user")).toHaveText(staff.name);
  await signOut(page);

  // A recovery code in place of the code, once.
  await passwordStep(page, staff.email);
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/admin$/, SAVED);
  await page.goto("/admin/profile");
  await expect(page.getByTestId("two-factor-section").getByText("9 recovery codes left")).toBeVisible();
});

test("an Owner requires two-factor authentication; staff without it land on the set-up page", async ({ page }) => {
  const { brand, owner, suffix } = await createE2eBrand();
  const staff = await addStaff(brand.id, suffix);

  // The Owner turns it on for themselves first, then requires it.
  await signInAs(page, owner.email);
  await page.goto("/account/two-factor");
  await setUpOnPage(page);
  await page.goto("/admin/settings/staff");
  const members = page.getByTestId("staff-members");
  await expect(members.getByRole("row", { name: new RegExp(staff.name) }).getByText("Off")).toBeVisible();
  await page.getByRole("switch", { name: "Require two-factor authentication for all staff" }).click();
  await expect(page.getByText("Two-factor requirement saved.")).toBeVisible(SAVED);
  await expect(page.getByRole("switch", { name: "Require two-factor authentication for all staff" })).toBeChecked();
  await signOut(page);

  // Staff without it: after sign-in, the set-up page; the admin sends them back there.
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/two-factor$/, SAVED);
  await expect(page.getByTestId("two-factor-required")).toHaveText(`${brand.name} requires two-factor authentication for all staff. Set it up to continue.`);
  await page.goto("/admin/orders");
  await expect(page).toHaveURL(/\/account\/two-factor$/);

  // Once set up, the admin opens.
  await setUpOnPage(page);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/admin$/, SAVED);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
});

test("a buyer may turn on two-factor authentication from the Buyer App profile", async ({ page }) => {
  const { buyerUser } = await createConnectedBuyer();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(buyerUser.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/buyer$/, SAVED);
  await page.goto("/buyer/profile");
  await page.getByTestId("two-factor-section").getByRole("link", { name: "Set up" }).click();
  const { secret } = await setUpOnPage(page);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/buyer$/, SAVED);
  await signOut(page);
  await passwordStep(page, buyerUser.email);
  await page.getByLabel("Authentication code").fill(await code(secret, 1));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/buyer$/, SAVED);
});
