import { expect, test, type Page } from "@playwright/test";
import { signInAsBrandStaff } from "./support/accounts";
import { createLinksBrand, e2ePrisma, LINKS_FIXTURE_PASSWORD } from "./support/links-fixture";

// Staff enter dates in their browser's time zone.
test.use({ timezoneId: "Asia/Tokyo" });

const KINDS = [
  { tab: "instant", type: "INSTANT", catalogs: ["Spring Collection"] },
  { tab: "dynamic", type: "DYNAMIC_BRAND", catalogs: ["Spring Collection"] },
  { tab: "customer", type: "CUSTOMER", catalogs: ["Spring Collection"] },
] as const;

const PASSED = "The expiration date has already passed. Choose a date and time after now.";
const BEFORE_RELEASE = "The expiration date must be after the release date.";
const NO_PASSCODE = "Enter a passcode of 4 to 32 characters.";

/** Server actions the page has called (Next sends each as a POST with a Next-Action header). */
function countActions(page: Page) {
  const calls: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) calls.push(request.url());
  });
  return calls;
}

test("every link form says a passed expiration, an expiration before the release and an empty passcode are wrong before anything is sent", async ({ page }) => {
  test.setTimeout(240_000);
  const f = await createLinksBrand();
  await signInAsBrandStaff(page, f.user.email, LINKS_FIXTURE_PASSWORD);
  const db = e2ePrisma();
  const actions = countActions(page);

  for (const [done, kind] of KINDS.entries()) {
    await page.goto(`/admin/links/new?tab=${kind.tab}`);
    await page.getByLabel("Link Name").fill(`Dates ${kind.tab}`);
    for (const name of kind.catalogs) await page.getByTestId("catalog-options").getByLabel(name).check();

    // A passed expiration: the message appears as soon as the field is left.
    await page.getByRole("switch", { name: "Set the expiration date." }).click();
    const expiration = page.getByLabel("Expiration date and time");
    await expiration.fill("2024-01-10T10:00");
    await expiration.blur();
    await expect(page.getByText(PASSED), kind.tab).toBeVisible();

    // An expiration before the release date, both ahead.
    await page.getByRole("switch", { name: "Set the release date." }).click();
    await page.getByLabel("Release date and time").fill("2030-05-01T10:00");
    await expiration.fill("2030-04-01T10:00");
    await expiration.blur();
    await expect(page.getByText(BEFORE_RELEASE), kind.tab).toBeVisible();
    await expect(page.getByText(PASSED)).toHaveCount(0);

    // "Require a passcode" with no passcode.
    await page.getByRole("switch", { name: "Require a passcode" }).click();
    const passcode = page.getByLabel("Passcode", { exact: true });
    await passcode.focus();
    await passcode.blur();
    await expect(page.getByText(NO_PASSCODE), kind.tab).toBeVisible();

    // Create is refused in the browser: nothing reaches the server, nothing is saved.
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect(page.getByText(BEFORE_RELEASE)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/admin/links/new\\?tab=${kind.tab}$`));
    expect(actions, kind.tab).toEqual([]);
    expect(await db.orderLink.count({ where: { brandId: f.brand.id } })).toBe(done);

    // Fixed, the link is created; the messages go as the fields are corrected.
    await expiration.fill("2030-06-01T10:00");
    await expect(page.getByText(BEFORE_RELEASE)).toHaveCount(0);
    await passcode.fill("fair-2030");
    await expect(page.getByText(NO_PASSCODE)).toHaveCount(0);
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/links\\?tab=${kind.tab}$`), { timeout: 30_000 });
    actions.length = 0;
  }
  const links = await db.orderLink.findMany({ where: { brandId: f.brand.id }, orderBy: { createdAt: "asc" } });
  expect(links.map((l) => [l.type, l.expiresAt?.toISOString(), l.releaseAt?.toISOString()])).toEqual(
    KINDS.map((k) => [k.type, "2030-06-01T01:00:00.000Z", "2030-05-01T01:00:00.000Z"]),
  );

  // Edit: a passed expiration is refused in the browser too, and the link keeps its dates.
  for (const link of links) {
    await page.goto(`/admin/links/${link.id}/edit`);
    const expiration = page.getByLabel("Expiration date and time");
    await expect(expiration).toHaveValue("2030-06-01T10:00");
    await page.getByRole("switch", { name: "Set the release date." }).click();
    await expiration.fill("2025-03-01T09:00");
    await expiration.blur();
    await expect(page.getByText(PASSED), link.type).toBeVisible();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText(PASSED)).toBeVisible();
    expect(actions, link.type).toEqual([]);
    expect((await db.orderLink.findUniqueOrThrow({ where: { id: link.id } })).expiresAt?.toISOString()).toBe("2030-06-01T01:00:00.000Z");
  }
});
