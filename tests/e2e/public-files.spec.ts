import { expect, test } from "@playwright/test";

test("robots.txt keeps the order links, the admin, the Buyer App and the API out of search engines", { tag: "@smoke" }, async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
  const rules = (await response.text()).split("\n").map((line) => line.trim());
  expect(rules).toContain("User-agent: *");
  for (const path of ["/l/", "/admin", "/buyer", "/api"]) expect(rules).toContain(`Disallow: ${path}`);
});

test("the web manifest lets buyers add the Buyer App to a phone's home screen, and its icons exist", { tag: "@smoke" }, async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ start_url: "/buyer", display: "standalone", short_name: "Buyer App" });
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toBe(icon.type);
  }
  for (const path of ["/favicon.ico", "/apple-touch-icon.png"]) expect((await request.get(path)).status(), path).toBe(200);
});

test("every page links the manifest and the icons from its head", { tag: "@smoke" }, async ({ page }) => {
  await page.goto("/signin");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('link[rel="icon"][href="/icon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
});
