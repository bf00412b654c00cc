// The production server (served as `npm run serve` serves it) decides the client address from the
// connection: over real HTTP, a new X-Forwarded-For with every wrong passcode, or a forged copy of
// the server's private client-address header, does not escape the lockout. Started once more with
// TRUSTED_PROXY_HOPS=1, it takes the address a proxy appended, and only that.
// Needs `npm run build` first; run by `npm run test:reliability` and by `npm test` after its build.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { LINK_ATTEMPT_RULE } from "@/lib/link-access/login";
import { createLink, createLinkWorld } from "../link-access/link-fixtures";
import { callServerAction, startProductionServer, type ProductionServer } from "../../support/production-server";

const PASSCODE = "spring27";
const ACTIONS = "lib/link-access/actions.ts";

// The server needs a database it can share with this file: PostgreSQL (PGlite is one process only).
describe.skipIf(!process.env.TEST_DATABASE_URL)("the production server and X-Forwarded-For", { timeout: 180_000 }, () => {
  for (const hops of [undefined, "1"] as const) {
    describe(hops ? `with TRUSTED_PROXY_HOPS=${hops}` : "without a trusted proxy", () => {
      let server: ProductionServer;
      beforeAll(async () => {
        server = await startProductionServer({ databaseUrl: process.env.TEST_DATABASE_URL!, env: hops ? { TRUSTED_PROXY_HOPS: hops } : {} });
      }, 120_000);
      afterAll(async () => {
        await server?.stop();
      });

      const passcode = (token: string, value: string, headers: Record<string, string>) =>
        callServerAction(server, { page: `/l/${token}`, file: ACTIONS, name: "submitPasscodeAction" }, [token, { passcode: value }], headers);
      const brandCredentials = (token: string, code: string, value: string, headers: Record<string, string>) =>
        callServerAction(server, { page: `/l/${token}`, file: ACTIONS, name: "loginWithBrandCredentialsAction" }, [token, { code, passcode: value }], headers);

      if (!hops) {
        it("a spoofed X-Forwarded-For or client-address header per wrong passcode leaves the lockout in place", async () => {
          const world = await createLinkWorld();
          const link = await createLink(world, { type: "INSTANT", passcode: PASSCODE });
          for (let i = 1; i <= LINK_ATTEMPT_RULE.limit; i++) {
            const spoof: Record<string, string> = i % 2 ? { "x-forwarded-for": `203.0.113.${i}` } : { [CLIENT_ADDRESS_HEADER]: `203.0.113.${i}`, "x-real-ip": `203.0.113.${i}` };
            expect(await passcode(link.token, "autumn", spoof)).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
          }
          expect(await passcode(link.token, PASSCODE, { "x-forwarded-for": "198.51.100.250" })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
          expect(await passcode(link.token, PASSCODE, {})).toMatchObject({ ok: false, code: "RATE_LIMITED" });
        });

        it("the same on Login with Brand-Specific Credentials", async () => {
          const world = await createLinkWorld();
          const link = await createLink(world);
          for (let i = 1; i <= LINK_ATTEMPT_RULE.limit; i++) {
            expect(await brandCredentials(link.token, world.uniqueCode, "654321", { "x-forwarded-for": `203.0.113.${i}` })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
          }
          expect(await brandCredentials(link.token, world.uniqueCode, "123456", { "x-forwarded-for": "198.51.100.250" })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
        });
      } else {
        it("the entry the proxy appended is the client: spoofed entries before it change nothing, another client gets in", async () => {
          const world = await createLinkWorld();
          const link = await createLink(world, { type: "INSTANT", passcode: PASSCODE });
          for (let i = 1; i <= LINK_ATTEMPT_RULE.limit; i++) {
            const headers = { "x-forwarded-for": `192.0.2.${i}, 203.0.113.50`, [CLIENT_ADDRESS_HEADER]: `192.0.2.${i}` };
            expect(await passcode(link.token, "autumn", headers)).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
          }
          expect(await passcode(link.token, PASSCODE, { "x-forwarded-for": "192.0.2.99, 203.0.113.50" })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
          expect(await passcode(link.token, PASSCODE, { "x-forwarded-for": "203.0.113.50, 203.0.113.51" })).toMatchObject({ ok: true });
        });

        it("the same on Login with Brand-Specific Credentials", async () => {
          const world = await createLinkWorld();
          const link = await createLink(world);
          for (let i = 1; i <= LINK_ATTEMPT_RULE.limit; i++) {
            expect(await brandCredentials(link.token, world.uniqueCode, "654321", { "x-forwarded-for": `192.0.2.${i}, 203.0.113.60` })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
          }
          expect(await brandCredentials(link.token, world.uniqueCode, "123456", { "x-forwarded-for": "192.0.2.99, 203.0.113.60" })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
          expect(await brandCredentials(link.token, world.uniqueCode, "123456", { "x-forwarded-for": "203.0.113.61" })).toMatchObject({ ok: true });
        });
      }
    });
  }
});
