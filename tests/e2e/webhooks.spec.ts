// Settings › Webhooks in the browser: an Admin turns on development mode, adds an endpoint on a
// receiver this test runs (node:http on 127.0.0.1), copies the secret shown once, sends a test
// event, sees it delivered in the log, and resends it. The receiver checks the signature with the
// snippet of docs/webhooks.md.
import { expect, test } from "@playwright/test";
import { hashSecret } from "../../lib/auth/password";
import { documentedVerifier } from "../support/documented-verifier";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { expectAccessible } from "./support/a11y";
import { createE2eBrand, E2E_PASSWORD, e2ePrisma, signInAs } from "./support/catalogs-fixture";

test.describe.configure({ timeout: 120_000 });
const SAVED = { timeout: 30_000 };

let receiver: WebhookReceiver;
test.beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

async function createAdmin() {
  const { brand, suffix } = await createE2eBrand();
  const admin = await e2ePrisma().user.create({ data: { email: `admin-${suffix}@e2e.example`, name: `Admin ${suffix}`, passwordHash: await hashSecret(E2E_PASSWORD) } });
  await e2ePrisma().brandMember.create({ data: { brandId: brand.id, userId: admin.id, role: "ADMIN" } });
  return { brand, admin };
}

test("an Admin adds an endpoint, sends a test event, sees it delivered and resends it", async ({ page }) => {
  const { admin } = await createAdmin();
  await signInAs(page, admin.email);
  await page.goto("/admin/settings");
  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { name: "Endpoints" })).toBeVisible();
  await expect(page.getByText("No endpoints yet")).toBeVisible();

  // Without development mode a localhost URL is refused beside the field.
  await page.getByLabel("Endpoint URL").fill(receiver.url());
  await page.getByRole("checkbox", { name: /New order placed/ }).check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Use an https:// URL. Plain http:// is allowed only for localhost, in development mode.")).toBeVisible(SAVED);

  await page.getByRole("switch", { name: "Development mode" }).click();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Webhook settings saved.")).toBeVisible(SAVED);

  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Endpoint added.")).toBeVisible(SAVED);
  const secret = (await page.getByTestId("webhook-secret").innerText()).trim();
  expect(secret).toMatch(/^whsec_/);
  await expectAccessible(page, "webhooks settings with the secret shown");
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("webhook-secret")).toHaveCount(0);

  await page.getByRole("link", { name: receiver.url() }).click();
  await expect(page.getByTestId("webhook-endpoint-url")).toHaveText(receiver.url());
  await expect(page.getByText("No deliveries yet")).toBeVisible();
  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByText("Test event sent. It appears in the delivery log.")).toBeVisible(SAVED);

  const [request] = await receiver.waitFor(1, 30_000);
  const verify = await documentedVerifier();
  expect(verify(request.body, request.headers, secret)).toMatchObject({ type: "webhook.test" });

  const rows = page.getByTestId("webhook-delivery");
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(rows.first()).toHaveAttribute("data-status", "DELIVERED", { timeout: 1_000 });
  }).toPass(SAVED);
  await expect(rows.first()).toContainText("webhook.test");
  await expect(rows.first()).toContainText("Delivered");
  await expect(rows.first()).toContainText("204");
  await expectAccessible(page, "webhook endpoint with its delivery log");

  await page.getByRole("button", { name: "Resend webhook.test" }).click();
  await expect(page.getByText("Sent again. It appears at the top of the delivery log.")).toBeVisible(SAVED);
  const [, again] = await receiver.waitFor(2, 30_000);
  expect(again.headers["webhook-id"]).toBe(request.headers["webhook-id"]);
  expect(verify(again.body, again.headers, secret)).toMatchObject({ type: "webhook.test" });
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(rows).toHaveCount(2, { timeout: 1_000 });
    await expect(rows.nth(0)).toHaveAttribute("data-status", "DELIVERED", { timeout: 1_000 });
  }).toPass(SAVED);
});
