// What a visitor sees when signing in while the database is down, in the production server and a
// real browser: the sign-in form and the link pages' passcode and login forms (opened while the
// database was up) say sign-in is temporarily unavailable, in the page's language, never that the
// password is wrong. The private PostgreSQL cluster of this file is stopped under the server.
// Needs `npm run build` first; run by `npm run test:reliability` and by `npm test` after its build.
import { chromium, type Browser, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, getPrisma, setPrisma, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
import { privatePostgresAvailable, startPrivatePostgres, type PrivatePostgres } from "../../support/private-postgres";
import { startProductionServer, type ProductionServer } from "../../support/production-server";
import { createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

const EN = "Sign-in is temporarily unavailable. Please try again in a few minutes.";
const JA = "現在、一時的にログインできません。数分後にもう一度お試しください。";

async function errorShown(page: Page, testId: string) {
  const box = page.getByTestId(testId);
  await box.waitFor({ state: "visible", timeout: 15_000 });
  return (await box.textContent())?.trim();
}

describe.skipIf(!privatePostgresAvailable())("signing in while the database is down, in the browser", { timeout: 180_000 }, () => {
  const original = getPrisma();
  let database: PrivatePostgres;
  let seeding: PrismaClient;
  let app: ProductionServer;
  let browser: Browser;
  let world: LinkWorld;
  let passcodeToken: string;
  let customerToken: string;

  beforeAll(async () => {
    database = await startPrivatePostgres();
    const url = await database.createDatabase("wholesale");
    await applyMigrations(new PrismaPg({ connectionString: url }));
    seeding = createClient({ kind: "postgres", url });
    setPrisma(seeding);
    world = await createLinkWorld();
    const passcodeLink = await createLink(world, { type: "INSTANT", passcode: "spring27" });
    await seeding.orderLink.update({ where: { id: passcodeLink.id }, data: { language: "JA" } });
    passcodeToken = passcodeLink.token;
    customerToken = (await createLink(world)).token;
    app = await startProductionServer({ databaseUrl: url });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    setPrisma(original);
    await seeding?.$disconnect();
    await database?.destroy();
  });

  it("every sign-in form says sign-in is temporarily unavailable", async () => {
    // Each form opened while the database answers, in its own browser.
    const open = async (path: string) => {
      const page = await (await browser.newContext({ baseURL: app.base })).newPage();
      await page.goto(path);
      return page;
    };
    const signIn = await open("/signin");
    const passcode = await open(`/l/${passcodeToken}`);
    const login = await open(`/l/${customerToken}`);
    await passcode.getByLabel("パスコード").waitFor();
    await login.getByTestId("link-login").waitFor();

    await database.stop();
    try {
      await signIn.getByLabel("Email").fill(world.buyerUser.email);
      await signIn.getByLabel("Password").fill(FIXTURE_PASSWORD);
      await signIn.getByRole("button", { name: "Sign in" }).click();
      expect(await errorShown(signIn, "signin-error")).toBe(EN);

      // A Japanese link's passcode page answers in Japanese.
      await passcode.getByLabel("パスコード").fill("spring27");
      await passcode.getByRole("button", { name: "次へ" }).click();
      expect(await errorShown(passcode, "link-form-error")).toBe(JA);

      await login.getByLabel("Email").fill(world.buyerUser.email);
      await login.getByLabel("Password").fill(FIXTURE_PASSWORD);
      await login.getByRole("button", { name: "Log in" }).click();
      expect(await errorShown(login, "link-form-error"), "Login with User Account").toBe(EN);

      await login.getByRole("tab", { name: "Login with Offline Buyer" }).click();
      await login.getByLabel("Email").fill(world.offlineLoginEmail);
      await login.getByLabel("Password").fill("offline-pass-1");
      await login.getByRole("button", { name: "Log in" }).click();
      expect(await errorShown(login, "link-form-error"), "Login with Offline Buyer").toBe(EN);

      await login.getByRole("tab", { name: "Login with Brand-Specific Credentials" }).click();
      await login.getByLabel("Unique code").fill(world.uniqueCode);
      await login.getByLabel("Passcode").fill("123456");
      await login.getByRole("button", { name: "Log in" }).click();
      expect(await errorShown(login, "link-form-error"), "Login with Brand-Specific Credentials").toBe(EN);
    } finally {
      await database.start();
    }

    // Back up: the same browser signs in with the same credentials, no restart.
    await login.getByRole("button", { name: "Log in" }).click();
    await login.getByTestId("link-login").waitFor({ state: "detached", timeout: 30_000 });
    expect(app.process.exitCode).toBeNull();
  });
});
