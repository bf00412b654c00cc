// Screenshots of the Reports pages on the demo data, for docs/screenshots: not part of the test
// suite (the main config's default pattern does not match *.shots.ts). Run with
//   npx next build && npx playwright test --config playwright.screenshots.config.ts
// (SCREENSHOT_LOCALE=ja for the Japanese pages). Works on PGlite or PostgreSQL: it only reads.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

export default defineConfig({
  ...base,
  testDir: "tests/e2e/screenshots",
  testMatch: "**/*.shots.ts",
  grep: undefined,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
});
