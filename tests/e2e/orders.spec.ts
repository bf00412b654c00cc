import { expect, test } from "@playwright/test";
import { signIn, signInAsBrandStaff } from "./support/accounts";
import { addTag, createOrdersFixture, ORDERS_PASSWORD, tagNames } from "./support/orders-fixture";

test("create an OC, the buyer approves it, staff confirm it with e-mail and a new tag, deliver it and open the PDFs", async ({ page, browser }) => {
  // A long journey across two browser contexts on a shared 2-core machine.
  test.setTimeout(180_000);
  const f = await createOrdersFixture();
  await signIn(page, f.owner.email, ORDERS_PASSWORD);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();

  // Transactions > Order Management, search, Detail.
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Order Management" }).click();
  await expect(page.getByRole("heading", { name: "Order Management" })).toBeVisible();
  await page.getByLabel("Order number").fill(f.number(1));
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("order-row")).toHaveCount(1);
  await page.getByRole("link", { name: `Detail of ${f.number(1)}` }).click();
  await expect(page.getByRole("heading", { name: `Order ${f.number(1)}` })).toBeVisible();
  await expect(page.getByTestId("order-status")).toContainText("Please create an OC");

  // Create the OC: change a quantity and a price.
  await page.getByLabel("Quantity of Organic Tee · " + `TEE-${f.brand.slug.slice(7)}-S`, { exact: false }).fill("4");
  await page.getByLabel(/Unit price of Organic Tee .*-M/).fill("1800");
  await page.getByRole("button", { name: "Create OC" }).click();
  await expect(page.getByTestId("order-status")).toContainText("OC Created");
  await expect(page.getByTestId("oc-subtotal")).toHaveText("¥11,600");

  await page.getByRole("button", { name: "Send to Buyer for Approval" }).click();
  await expect(page.getByText("Sent to the buyer for approval on")).toBeVisible();

  // The buyer approves in the Buyer App, in another browser context.
  const buyerContext = await browser.newContext();
  const buyerPage = await buyerContext.newPage();
  await signIn(buyerPage, f.buyerUser.email, ORDERS_PASSWORD);
  await expect(buyerPage).toHaveURL(/\/buyer$/);
  await buyerPage.goto(`/buyer/orders/${f.fresh.id}`);
  await expect(buyerPage.getByTestId("order-total")).toHaveText("¥12,600");
  // A click before the page has hydrated would be lost on a loaded machine.
  await buyerPage.waitForLoadState("networkidle");
  await buyerPage.getByRole("button", { name: "Approve" }).click();
  // The thank-you shows until the refreshed page (status OC Approved, no Approve button) replaces it.
  await expect(buyerPage.getByTestId("order-status")).toContainText("OC Approved");
  await expect(buyerPage.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await buyerContext.close();

  // Staff confirm with an e-mail to the buyer and a tag created on the spot.
  await page.reload();
  await expect(page.getByTestId("order-status")).toContainText("OC Approved");
  await page.getByRole("button", { name: "Confirm The Order Confirmation" }).click();
  const modal = page.getByRole("dialog", { name: "Confirm The Order Confirmation" });
  await expect(modal.getByTestId("skip-approval-warning")).toBeHidden();
  await expect(modal.getByRole("switch", { name: "Notify Buyer by Email" })).toBeChecked();
  await modal.getByLabel("Email body").fill("Thank you! We will ship your order next week.");
  await modal.getByLabel("New tag name").fill("Spring launch");
  await modal.getByRole("button", { name: "Create Tag" }).click();
  await expect(modal.getByRole("checkbox", { name: "Spring launch" })).toBeChecked();
  await modal.getByLabel("Tag Name", { exact: true }).fill("nothing-like-this");
  await expect(modal.getByText("No tag matches this name.")).toBeVisible();
  await modal.getByLabel("Tag Name", { exact: true }).fill("spring");
  await expect(modal.getByRole("checkbox", { name: "Spring launch" })).toBeVisible();
  await modal.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(modal).toBeHidden();
  await expect(page.getByTestId("order-status")).toContainText("OC Confirmed");
  await expect(page.getByTestId("order-status")).toContainText("Not Yet Released");
  await expect(page.getByTestId("order-tags")).toContainText("Spring launch");
  await expect(page.getByTestId("create-delivery-notes-blocker")).toHaveText("Prepare the order for release first.");

  // Without SMTP_URL the e-mail waits in the dev Mailbox.
  await page.goto("/admin/mailbox");
  await expect(page.getByTestId("mailbox")).toContainText("Thank you! We will ship your order next week.");
  await expect(page.getByTestId("mailbox")).toContainText(f.buyerUser.email);

  // The order confirmation PDF opens.
  const oc = await page.request.get(`/admin/orders/${f.fresh.id}/pdf`);
  expect(oc.status()).toBe(200);
  expect(oc.headers()["content-type"]).toBe("application/pdf");
  expect((await oc.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // A released order: create a delivery note for part of it, then open its PDF.
  await page.goto(`/admin/orders/${f.released.id}`);
  await page.getByRole("button", { name: "Create Delivery Notes" }).click();
  const notes = page.getByRole("dialog", { name: "Create Delivery Notes" });
  await notes.getByLabel(/-S/).fill("1");
  await notes.getByLabel(/-M/).fill("0");
  await notes.getByRole("button", { name: "Create Delivery Note" }).click();
  await expect(notes).toBeHidden();
  await expect(page.getByTestId("order-status")).toContainText("Partially Shipped");
  // One unit reads "1 unit", in the list and in the status history.
  await expect(page.getByTestId("delivery-notes").getByText(/^Delivery note #1 · .+ · 1 unit$/)).toBeVisible();
  await expect(page.getByTestId("order-history")).toContainText("Delivery note #1 created (1 unit): Preparing product → Partially Shipped");
  const [popup] = await Promise.all([page.waitForEvent("popup"), page.getByTestId("delivery-notes").getByRole("link", { name: "PDF" }).click()]);
  expect(popup.url()).toContain(`/admin/orders/${f.released.id}/pdf?deliveryNote=1`);
  const note = await page.request.get(`/admin/orders/${f.released.id}/pdf?deliveryNote=1`);
  expect(note.headers()["content-type"]).toBe("application/pdf");
  expect((await note.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // Released orders cannot be made editable, and say why.
  await popup.close();
  await expect(page.getByTestId("make-editable-blocker")).toHaveText("A delivery note exists for this order.");
});

test("Order Management lists, filters and exports the brand's orders", { tag: "@smoke" }, async ({ page }) => {
  await signInAsBrandStaff(page, "ops@aoyama.example");
  await page.goto("/admin/orders");
  await expect(page.getByTestId("order-row").first()).toBeVisible();
  await page.getByLabel("Status").selectOption({ label: "OC Approved" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/status=OC_APPROVED/);
  const rows = page.getByTestId("order-row");
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row).toContainText("OC Approved");
  const csv = await page.request.get("/admin/orders/export?status=OC_APPROVED");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines).toHaveLength(3);
  expect(lines[0]).toContain('"Order number"');
  // Another brand's order id answers 404.
  const other = await page.request.get("/admin/orders/not-a-real-order-id");
  expect(other.status()).toBe(404);
});

test("the buyer approves from the e-mailed link without signing in, once", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const f = await createOrdersFixture();
  await signIn(page, f.owner.email, ORDERS_PASSWORD);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await page.goto(`/admin/orders/${f.fresh.id}`);
  await page.getByRole("button", { name: "Create OC" }).click();
  await expect(page.getByTestId("order-status")).toContainText("OC Created");
  await page.getByRole("button", { name: "Send to Buyer for Approval" }).click();
  await expect(page.getByText("Sent to the buyer for approval on")).toBeVisible();

  await page.goto("/admin/mailbox");
  const mail = page.getByTestId("mailbox").getByRole("listitem").first();
  await expect(mail).toContainText(f.buyerUser.email);
  const link = (await mail.textContent())!.match(/https?:\/\/\S+\/oc\/[\w-]+/)![0];

  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  await guestPage.goto(new URL(link).pathname);
  // The approval page speaks the order's language: this buyer trades in Japanese.
  await expect(guestPage.locator("html")).toHaveAttribute("lang", "ja");
  await expect(guestPage.getByRole("heading", { name: `ご注文 ${f.number(1)}` })).toBeVisible();
  await guestPage.getByRole("button", { name: "承認する" }).click();
  await expect(guestPage.getByTestId("approved-message")).toBeVisible();
  await guestPage.reload();
  await expect(guestPage.getByTestId("approved-message")).toBeVisible();
  await expect(guestPage.getByRole("button", { name: "承認する" })).toBeHidden();
  await guestPage.goto("/oc/not-a-real-token-123");
  await expect(guestPage.getByTestId("approval-link-invalid")).toBeVisible();
  await guest.close();

  await page.goto(`/admin/orders/${f.fresh.id}`);
  await expect(page.getByTestId("order-status")).toContainText("OC Approved");
  await expect(page.getByTestId("order-history")).toContainText("Approved by the buyer");
});

test("the confirm modal offers the existing tag when a name differs only in case, and never makes a second one", async ({ page }) => {
  test.setTimeout(120_000);
  const f = await createOrdersFixture({ tags: ["VIP"] });
  await signIn(page, f.owner.email, ORDERS_PASSWORD);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await page.goto(`/admin/orders/${f.approved.id}`);
  await expect(page.getByTestId("order-status")).toContainText("OC Approved");
  // A click before the page has hydrated would be lost on a loaded machine.
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Confirm The Order Confirmation" }).click();
  const modal = page.getByRole("dialog", { name: "Confirm The Order Confirmation" });

  // Typing "vip" while "VIP" exists offers VIP instead of creating.
  await modal.getByLabel("New tag name").fill("vip");
  await expect(modal.getByTestId("existing-tag-offer")).toContainText("A tag named VIP already exists.");
  await expect(modal.getByRole("button", { name: "Create Tag" })).toBeDisabled();
  await modal.getByRole("button", { name: "Select VIP" }).click();
  await expect(modal.getByRole("checkbox", { name: "VIP" })).toBeChecked();
  await expect(modal.getByLabel("New tag name")).toHaveValue("");

  // Another member saved "Rush" after this page loaded: Create Tag with "rush" selects theirs.
  await addTag(f.brand.id, "Rush");
  await modal.getByLabel("New tag name").fill("rush");
  await expect(modal.getByTestId("existing-tag-offer")).toBeHidden();
  await modal.getByRole("button", { name: "Create Tag" }).click();
  await expect(modal.getByRole("checkbox", { name: "Rush" })).toBeChecked();
  await expect(page.getByText('Tag "Rush" already exists and is selected.')).toBeVisible();

  await modal.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(modal).toBeHidden();
  const applied = page.getByTestId("order-tags").getByRole("listitem");
  await expect(applied).toHaveCount(2);
  await expect(page.getByTestId("order-tags")).toContainText("VIP");
  await expect(page.getByTestId("order-tags")).toContainText("Rush");
  expect(await tagNames(f.brand.id)).toEqual(["Rush", "VIP"]);
});

test("in the confirm modal a created tag stays listed while the search differs, and the body error clears as the body is typed", async ({ page }) => {
  test.setTimeout(120_000);
  const f = await createOrdersFixture({ tags: ["Gift wrap"] });
  await signIn(page, f.owner.email, ORDERS_PASSWORD);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await page.goto(`/admin/orders/${f.approved.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Confirm The Order Confirmation" }).click();
  const modal = page.getByRole("dialog", { name: "Confirm The Order Confirmation" });

  // The search holds text that does not match the tag about to be created.
  await modal.getByLabel("Tag Name", { exact: true }).fill("gift");
  await expect(modal.getByRole("checkbox", { name: "Gift wrap" })).toBeVisible();
  await modal.getByLabel("New tag name").fill("Spring launch");
  await modal.getByRole("button", { name: "Create Tag" }).click();
  await expect(modal.getByRole("checkbox", { name: "Spring launch" })).toBeChecked();
  await expect(modal.getByRole("checkbox", { name: "Gift wrap" })).toBeVisible();
  await modal.getByLabel("Tag Name", { exact: true }).fill("nothing-like-this");
  await expect(modal.getByText("No tag matches this name.")).toBeVisible();
  await expect(modal.getByRole("checkbox", { name: "Spring launch" })).toBeChecked();
  await expect(modal.getByRole("checkbox", { name: "Gift wrap" })).toBeHidden();

  // No body: the error shows on Confirm, and goes away as soon as a body is typed.
  const body = modal.getByLabel("Email body");
  await body.fill("");
  await modal.getByRole("button", { name: "Confirm", exact: true }).click();
  const error = modal.getByText("Enter the email body, or disable the notification.");
  await expect(error).toBeVisible();
  await body.pressSequentially("Thank you");
  await expect(error).toBeHidden();
  // Emptied again, the error comes back; disabling the e-mail clears it too.
  await body.fill("");
  await expect(error).toBeVisible();
  await modal.getByRole("switch", { name: "Notify Buyer by Email" }).click();
  await expect(error).toBeHidden();
  await modal.getByRole("switch", { name: "Notify Buyer by Email" }).click();
  await body.fill("Thank you for your order.");
  await expect(error).toBeHidden();

  await modal.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(modal).toBeHidden();
  await expect(page.getByTestId("order-status")).toContainText("OC Confirmed");
  await expect(page.getByTestId("order-tags")).toContainText("Spring launch");
});
