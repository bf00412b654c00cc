import { expect, test, type Page } from "@playwright/test";
import { signInAsBrandStaff } from "./support/accounts";
import { createLinksBrand, e2ePrisma, LINKS_FIXTURE_PASSWORD } from "./support/links-fixture";

// Staff enter dates in their browser's time zone; the server must store UTC. The link pages show
// them in the brand's time zone (Tokyo for the fixture brand, as the browser here).
test.use({ timezoneId: "Asia/Tokyo", permissions: ["clipboard-read", "clipboard-write"] });

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

test("staff browse the Links tabs with search, status filter and sorting", { tag: "@smoke" }, async ({ page }) => {
  await signInAsBrandStaff(page, "staff@aoyama.example");
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Links" }).click();
  await expect(page.getByRole("heading", { name: "Link Management" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Link types" });
  await tabs.getByRole("link", { name: /Customer Order Links/ }).click();
  await expect(page).toHaveURL(/tab=customer/);
  const rows = page.getByTestId("link-row");
  await expect(rows.filter({ hasText: "Key accounts — current season" })).toBeVisible();

  await page.getByLabel("Link Name").fill("passcode");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=passcode/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Key accounts — with passcode");

  await page.getByLabel("Link Name").fill("");
  await page.getByLabel("Status").selectOption("VOID");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Old key accounts link (stopped)");
  await expect(rows.first()).toContainText("Void");

  await page.getByLabel("Status").selectOption("");
  await page.getByLabel("Sort by").selectOption("name_asc");
  await page.getByRole("button", { name: "Search" }).click();
  const names = await rows.locator("td:first-child").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

  await tabs.getByRole("link", { name: /Instant Order Links/ }).click();
  await expect(rows.filter({ hasText: "Trade show — instant order" })).toBeVisible();
  await expect(rows.filter({ hasText: "Key accounts" })).toHaveCount(0);
});

async function signInFresh(page: Page) {
  const f = await createLinksBrand();
  await signInAsBrandStaff(page, f.user.email, LINKS_FIXTURE_PASSWORD);
  return f;
}

type Kind = { tab: string; tabLabel: string; title: string; type: "INSTANT" | "DYNAMIC_BRAND" | "CUSTOMER" };
const KINDS: Kind[] = [
  { tab: "instant", tabLabel: "Instant Order Links", title: "Create a New Instant Order Link", type: "INSTANT" },
  { tab: "dynamic", tabLabel: "Dynamic Brand Links", title: "Create a New Dynamic Brand Link", type: "DYNAMIC_BRAND" },
  { tab: "customer", tabLabel: "Customer Order Links", title: "Create a New Customer Link", type: "CUSTOMER" },
];

async function fillEverySection(page: Page, kind: Kind, name: string) {
  await page.getByLabel("Link Name").fill(name);
  await page.getByRole("switch", { name: "Make this link view-only" }).click();
  if (kind.type === "CUSTOMER") {
    await page.getByRole("switch", { name: "Transition offline buyers to customer-owned buyers on order completion" }).click();
  }
  const address = page.getByRole("switch", { name: "Show address input field in checkout" });
  await address.click();
  await expect(address).not.toBeChecked();
  await expect(page.getByTestId("next-engine-note")).toContainText("NEXT ENGINE Order Integration");

  await page.getByRole("switch", { name: "Require a passcode" }).click();
  await page.getByLabel("Passcode", { exact: true }).fill("trade-show-27");
  await page.getByRole("switch", { name: "Set the release date." }).click();
  await page.getByLabel("Release date and time").fill("2037-01-10T10:00");
  await page.getByRole("switch", { name: "Set the expiration date." }).click();
  await page.getByLabel("Expiration date and time").fill("2037-03-31T23:59");

  const catalogs = page.getByTestId("catalog-options");
  await expect(catalogs.getByText("Limited")).toBeVisible();
  await catalogs.getByLabel("Spring Collection").check();
  if (kind.type !== "INSTANT") await catalogs.getByLabel("Key Accounts Only").check();
  await page.getByLabel("Description").fill(`Made by the ${kind.tabLabel} test`);

  if (kind.type !== "CUSTOMER") {
    await page.getByLabel("Currency", { exact: true }).selectOption("USD");
    await page.getByLabel("Language", { exact: true }).selectOption("EN");
    await page.getByLabel("Discount rate (%)").fill("12.5");
  }

  await page.getByLabel("Stripe Credit Card Payment").check();
  await expect(page.getByTestId("address-forced")).toContainText("Stripe Credit Card Payment is selected");
  await expect(address).toBeChecked();
  await expect(address).toBeDisabled();
  await page.getByTestId("rate-group-options").getByLabel(/^Domestic Japan ·/).check();
  await page.getByTestId("rate-group-options").getByLabel(/^World USD/).check();
  await expect(page.getByTestId("address-forced")).toContainText("shipping settings are applied");

  await page.getByLabel("Add video link").check();
  await page.getByLabel("Video embed URL").fill("https://www.youtube.com/embed/dQw4w9WgXcQ");
  await page.getByLabel("Image", { exact: true }).check();
  await page.getByLabel("Background image").setInputFiles({ name: "background.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByTestId("uploaded-image")).toContainText("background.png");
  await page.getByTestId("lookbook-options").getByLabel("Spring Lookbook").check();

  await page.getByRole("button", { name: "Add an additional contact" }).click();
  await page.getByRole("button", { name: "Add an additional contact" }).click();
  const first = page.getByTestId("contact").nth(0);
  await first.getByLabel("Person Name/Representative Name (First Name)").fill("Yui");
  await first.getByLabel("Person Name/Representative Name (Last Name)").fill("Tanaka");
  await first.getByLabel("Email").fill("yui@example.com");
  await first.getByLabel("Phone").fill("+81 3-1234-5678");
  await first.getByLabel("Note").fill("Sales lead");
  await page.getByRole("button", { name: "Delete contact 2" }).click();
  await expect(page.getByTestId("contact")).toHaveCount(1);
}

for (const kind of KINDS) {
  test(`creates ${kind.tabLabel.replace(/s$/, "")} with every section, copies it, voids, reopens and deletes it`, async ({ page }) => {
    // A long journey through several pages on a shared, slow machine.
    test.setTimeout(240_000);
    const f = await signInFresh(page);
    const db = e2ePrisma();
    await page.goto(`/admin/links?tab=${kind.tab}`);
    await expect(page.getByText(`No ${kind.tabLabel} yet.`)).toBeVisible();
    await page.getByRole("link", { name: "Create a New Link" }).first().click();
    await expect(page.getByRole("heading", { name: kind.title })).toBeVisible();

    const name = `${kind.tabLabel} e2e`;
    await fillEverySection(page, kind, name);
    await page.getByRole("button", { name: "Create", exact: true }).click();

    await expect(page.getByText(/was created/)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/admin/links\\?tab=${kind.tab}$`), { timeout: 30_000 });
    const row = page.getByTestId("link-row").filter({ hasText: name });
    await expect(row).toBeVisible();
    await expect(row).toContainText("Spring Collection");

    const link = await db.orderLink.findFirstOrThrow({
      where: { brandId: f.brand.id, name },
      include: { catalogs: true, shippingRateGroups: true, lookbooks: true, contacts: true },
    });
    expect(link.type).toBe(kind.type);
    // 10:00 and 23:59 in Tokyo (UTC+9); years ahead, as an expiration must lie in the future.
    expect(link.releaseAt?.toISOString()).toBe("2037-01-10T01:00:00.000Z");
    expect(link.expiresAt?.toISOString()).toBe("2037-03-31T14:59:00.000Z");
    expect(link.passcodeHash).toMatch(/^\$2[aby]\$/);
    expect(link.viewOnly).toBe(true);
    expect(link.addressField).toBe("SHOW");
    expect(link.paymentMethods.sort()).toEqual(["PAY_OUTSIDE_APP", "STRIPE_CARD"]);
    expect(link.catalogs).toHaveLength(kind.type === "INSTANT" ? 1 : 2);
    expect(link.shippingRateGroups).toHaveLength(2);
    expect(link.lookbooks).toHaveLength(1);
    expect(link.contacts.map((c) => [c.firstName, c.lastName, c.email])).toEqual([["Yui", "Tanaka", "yui@example.com"]]);
    expect(link.backgroundType).toBe("IMAGE");
    expect(link.videoUrl).toBe("https://www.youtube.com/embed/dQw4w9WgXcQ");
    if (kind.type === "CUSTOMER") expect([link.currency, link.offlineBuyerTransition]).toEqual([null, true]);
    else expect([link.currency, link.language, link.discountRate?.toString()]).toEqual(["USD", "EN", "12.5"]);

    // Copy this link from the list.
    await row.getByRole("button", { name: "Copy this link" }).click();
    await expect(page.getByText("Link copied to the clipboard.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/l/${link.token}$`));

    // The link's page: URL, QR code, settings in the brand's time zone, history.
    await row.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByTestId("link-path")).toHaveText(`/l/${link.token}`);
    await expect(page.getByTestId("link-qr-code")).toBeVisible();
    await expect(page.getByText(/Jan 10, 2037, 10:00\sAM/)).toBeVisible();

    // Void, then reopen.
    const history = page.getByTestId("link-history");
    await page.getByRole("button", { name: "Status Update" }).click();
    const dialog = page.getByRole("dialog", { name: "Status Update" });
    await dialog.getByLabel("Status").selectOption("Void");
    await dialog.getByRole("button", { name: "Update" }).click();
    await expect(page.getByText("The status was updated to Void.")).toBeVisible();
    await expect(history).toContainText("Changed the status from Open to Void");
    await page.getByRole("button", { name: "Status Update" }).click();
    await dialog.getByLabel("Status").selectOption("Open");
    await dialog.getByRole("button", { name: "Update" }).click();
    await expect(history).toContainText("Changed the status from Void to Open");
    expect((await db.orderLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe("OPEN");

    // Delete: warned, Update disabled until confirmed.
    await page.getByRole("button", { name: "Status Update" }).click();
    await dialog.getByLabel("Status").selectOption("Deleted");
    await expect(dialog.getByTestId("delete-warning")).toContainText("Deleted links cannot be restored.");
    await expect(dialog.getByRole("button", { name: "Update" })).toBeDisabled();
    await dialog.getByLabel("I understand that this link will be deleted and cannot be restored.").check();
    await dialog.getByRole("button", { name: "Update" }).click();
    await expect(page.getByText(`“${name}” was deleted.`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/admin/links\\?tab=${kind.tab}$`), { timeout: 30_000 });
    await expect(page.getByTestId("link-row").filter({ hasText: name })).toHaveCount(0);
    expect(await db.orderLink.count({ where: { id: link.id } })).toBe(0);
    expect(await db.orderLinkContact.count({ where: { linkId: link.id } })).toBe(0);

    // The brand's activity log keeps the deletion; the link's page is gone.
    await page.getByRole("link", { name: "Deleted links log" }).click();
    await expect(page.getByTestId("deleted-links")).toContainText(name);
    await expect(page.getByTestId("deleted-links")).toContainText("Deleted the link (was Open)");
    const response = await page.goto(`/admin/links/${link.id}`);
    expect(response?.status()).toBe(404);
  });
}

test("a form with bad input shows a message beside each field and keeps what was typed", async ({ page }) => {
  test.setTimeout(120_000);
  const f = await signInFresh(page);
  await page.goto("/admin/links/new?tab=instant");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByText("Enter a link name.")).toBeVisible();
  await expect(page.getByText("Select exactly one catalog for an Instant Order Link.")).toBeVisible();

  await page.getByLabel("Link Name").fill("Keep me");
  await page.getByRole("switch", { name: "Require a passcode" }).click();
  await page.getByLabel("Passcode", { exact: true }).fill("abc");
  await page.getByRole("switch", { name: "Set the release date." }).click();
  await page.getByLabel("Release date and time").fill("2037-05-01T10:00");
  await page.getByRole("switch", { name: "Set the expiration date." }).click();
  await page.getByLabel("Expiration date and time").fill("2037-04-01T10:00");
  await page.getByLabel("Discount rate (%)").fill("150");
  await page.getByLabel("Add video link").check();
  await page.getByLabel("Video embed URL").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await page.getByLabel("Image", { exact: true }).check();
  await page.getByLabel("Background image").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
  await expect(page.getByText("Choose a JPEG, PNG or WebP image up to 3 MB.")).toBeVisible();
  await page.getByRole("button", { name: "Add an additional contact" }).click();
  await page.getByTestId("contact").getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Create", exact: true }).click();

  await expect(page.getByText("Use 4 to 32 characters.")).toBeVisible();
  await expect(page.getByText("The expiration date must be after the release date.")).toBeVisible();
  await expect(page.getByText("Enter a rate from 0 to 100 with at most two decimals.")).toBeVisible();
  await expect(page.getByText(/Enter an embed URL/).first()).toBeVisible();
  await expect(page.getByText("Enter the first name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByLabel("Link Name")).toHaveValue("Keep me");
  await expect(page).toHaveURL(/\/admin\/links\/new\?tab=instant$/);
  expect(await e2ePrisma().orderLink.count({ where: { brandId: f.brand.id } })).toBe(0);
});

test("editing a link keeps its URL and shows the change in its history", async ({ page }) => {
  test.setTimeout(120_000);
  const f = await signInFresh(page);
  await page.goto("/admin/links/new?tab=customer");
  await page.getByLabel("Link Name").fill("Before edit");
  await page.getByTestId("catalog-options").getByLabel("Spring Collection").check();
  await page.getByRole("button", { name: "Create", exact: true }).click();
  // The list, not the form (whose own URL also ends in tab=customer): the link is saved by then.
  await expect(page).toHaveURL(/\/admin\/links\?tab=customer$/, { timeout: 30_000 });
  const link = await e2ePrisma().orderLink.findFirstOrThrow({ where: { brandId: f.brand.id } });

  await page.getByTestId("link-row").filter({ hasText: "Before edit" }).getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Edit Customer Order Link" })).toBeVisible();
  await expect(page.getByLabel("Link Name")).toHaveValue("Before edit");
  await page.getByLabel("Link Name").fill("After edit");
  await page.getByTestId("catalog-options").getByLabel("Archive").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { name: "After edit" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("link-path")).toHaveText(`/l/${link.token}`);
  await expect(page.getByTestId("link-history")).toContainText("Edited the link's settings");
  await expect(page.getByText("Archive")).toBeVisible();
});

test("another brand's link is not found", async ({ page }) => {
  await signInFresh(page);
  const other = await e2ePrisma().orderLink.findFirstOrThrow({ where: { brand: { slug: "aoyama-atelier" } } });
  for (const path of [`/admin/links/${other.id}`, `/admin/links/${other.id}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  await page.goto("/admin/links?tab=customer");
  await expect(page.getByText(other.name)).toHaveCount(0);
});
