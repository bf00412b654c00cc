import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";

test("every page is sent with security headers that forbid framing", { tag: "@smoke" }, async ({ request }) => {
  const response = await request.get("/signin");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("the session cookie cannot be read by scripts or sent cross-site", { tag: "@smoke" }, async ({ page, context }) => {
  await signIn(page, "ops@northwind.example");
  await expect(page).toHaveURL(/\/admin$/);
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});

test("the health check reports the database", { tag: "@smoke" }, async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
});
