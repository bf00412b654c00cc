import { expect, test, type Page } from "@playwright/test";
import { signInAsBrandStaff } from "./support/accounts";
import { ADMIN_LISTS_PASSWORD, createAdminListsBrand } from "./support/admin-lists-fixture";

// Every admin list, with the action of its rows' last column (null where the last column holds
// figures, not an action). The fixture fills each with long names and e-mail addresses.
const LISTS: { path: string; action: { role: "button" | "link"; name: string | RegExp } | null }[] = [
  { path: "/admin/links?tab=instant", action: { role: "link", name: "Edit" } },
  { path: "/admin/links?tab=dynamic", action: { role: "link", name: "Edit" } },
  { path: "/admin/links?tab=customer", action: { role: "link", name: "Edit" } },
  { path: "/admin/links/activity", action: null },
  { path: "/admin/buyers", action: { role: "button", name: /^Disconnect / } },
  { path: "/admin/buyers?tab=invitations", action: { role: "button", name: "Withdraw" } },
  { path: "/admin/catalogs", action: null },
  { path: "/admin/products", action: null },
  { path: "/admin/lookbooks", action: null },
  { path: "/admin/orders", action: { role: "link", name: /^Detail of / } },
  { path: "/admin/shipping", action: null },
  { path: "/admin/shipping/released", action: null },
  { path: "/admin/mailbox", action: null },
  { path: "/admin/settings/shipping-rates", action: { role: "button", name: /^Delete / } },
  { path: "/admin/settings/staff", action: { role: "button", name: "Remove" } },
  { path: "/admin/settings/tags", action: null },
];

/** The page, and every table's own box, are no wider than the window. */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const tables = [...document.querySelectorAll("table")].map((t) => t.parentElement!).filter((box) => box.scrollWidth > box.clientWidth);
    return { page: root.scrollWidth - root.clientWidth, tables: tables.length };
  });
}

/** The element lies inside the window and inside its table's (possibly scrolling) box. */
async function fullyInView(page: Page, locator: ReturnType<Page["locator"]>) {
  const box = await locator.boundingBox();
  const frame = await locator.evaluate((el) => {
    const wrap = el.closest("table")?.parentElement?.getBoundingClientRect();
    return wrap ? { left: wrap.left, right: wrap.right } : null;
  });
  const width = page.viewportSize()!.width;
  return Boolean(box && frame && box.x >= frame.left && box.x + box.width <= frame.right && box.x + box.width <= width);
}

test("every admin list fits a 1280 px screen without sideways scrolling, its rows' actions in view", async ({ page }) => {
  test.setTimeout(240_000);
  const f = await createAdminListsBrand();
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsBrandStaff(page, f.owner.email, ADMIN_LISTS_PASSWORD);
  for (const list of LISTS) {
    const response = await page.goto(list.path);
    expect(response?.status(), list.path).toBe(200);
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    expect(await horizontalOverflow(page), list.path).toEqual({ page: 0, tables: 0 });
    const rows = page.locator("table tbody tr");
    if ((await rows.count()) > 0) {
      const lastCell = rows.first().locator("td").last();
      await expect(lastCell, list.path).toBeVisible();
      expect(await fullyInView(page, lastCell), `${list.path}: last column in view`).toBe(true);
      if (list.action) {
        const action = lastCell.getByRole(list.action.role, { name: list.action.name, exact: typeof list.action.name === "string" });
        await expect(action, list.path).toBeVisible();
        expect(await fullyInView(page, action), `${list.path}: ${String(list.action.name)} in view`).toBe(true);
      }
    }
  }
  // The Links list's row keeps all three of its actions on screen.
  await page.goto("/admin/links?tab=customer");
  const row = page.getByTestId("link-row").first();
  for (const name of ["Copy this link", "Status Update"]) expect(await fullyInView(page, row.getByRole("button", { name })), name).toBe(true);
});

test("on a 768 px tablet no admin page scrolls sideways (a wide table scrolls in its own box)", async ({ page }) => {
  test.setTimeout(240_000);
  const f = await createAdminListsBrand();
  await page.setViewportSize({ width: 768, height: 1024 });
  await signInAsBrandStaff(page, f.owner.email, ADMIN_LISTS_PASSWORD);
  for (const list of LISTS) {
    await page.goto(list.path);
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    const overflow = await horizontalOverflow(page);
    expect(overflow.page, list.path).toBe(0);
  }
  // A table wider than the tablet's column scrolls within its box, and its actions can be reached.
  await page.goto("/admin/links?tab=customer");
  const box = page.getByTestId("links-table").locator("..");
  const edit = page.getByTestId("link-row").first().getByRole("link", { name: "Edit", exact: true });
  await edit.scrollIntoViewIfNeeded();
  await expect(edit).toBeInViewport();
  expect(await box.evaluate((el) => el.scrollLeft >= 0 && getComputedStyle(el).overflowX === "auto")).toBe(true);
  expect((await horizontalOverflow(page)).page).toBe(0);
});
