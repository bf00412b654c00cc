// Sign-in while the database is down or not answering: the /signin form and every link-page
// sign-in (passcode, Login with User Account, Login with Offline Buyer, Login with Brand-Specific
// Credentials, choosing the buyer organization) answer "temporarily unavailable", never "wrong
// password", and the outage is logged. Once the database is back the same credentials work, and
// the outage left no failure counted against anyone. The real actions, on the app's own client
// over a private PostgreSQL cluster this file stops and freezes.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { signInAction } from "@/lib/auth/actions";
import { SIGN_IN_UNAVAILABLE } from "@/lib/auth/sign-in-unavailable";
import {
  chooseBuyerAction, loginWithBrandCredentialsAction, loginWithOfflineBuyerAction, loginWithUserAccountAction, submitPasscodeAction,
} from "@/lib/link-access/actions";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { privateAppForSuite } from "../../support/private-app";
import { privatePostgresAvailable } from "../../support/private-postgres";
import { createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

const PASSCODE = "spring27";
const UNAVAILABLE = { ok: false, code: SIGN_IN_UNAVAILABLE.code, message: "Sign-in is temporarily unavailable. Please try again in a few minutes." };

type Scene = { world: LinkWorld; passcodeLink: { token: string }; customerLink: { token: string } };

async function scene(): Promise<Scene> {
  const world = await createLinkWorld();
  return { world, passcodeLink: await createLink(world, { type: "INSTANT", passcode: PASSCODE }), customerLink: await createLink(world) };
}

/** Every sign-in of the app with the right credentials, each from a fresh browser. */
function signIns({ world, passcodeLink, customerLink }: Scene) {
  return {
    "/signin": () => signInAction({ email: world.buyerUser.email, password: FIXTURE_PASSWORD }),
    passcode: () => submitPasscodeAction(passcodeLink.token, { passcode: PASSCODE }),
    "Login with User Account": () => loginWithUserAccountAction(customerLink.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD }),
    "Login with Offline Buyer": () => loginWithOfflineBuyerAction(customerLink.token, { email: world.offlineLoginEmail, password: "offline-pass-1" }),
    "Login with Brand-Specific Credentials": () => loginWithBrandCredentialsAction(customerLink.token, { code: world.uniqueCode, passcode: "123456" }),
  };
}

async function eachFromAFreshBrowser(calls: Record<string, () => Promise<unknown>>) {
  const results: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(calls)) {
    await actAs(null);
    results[name] = await call();
  }
  return results;
}

function expectAllUnavailable(results: Record<string, unknown>) {
  for (const [name, result] of Object.entries(results)) expect(result, name).toEqual(UNAVAILABLE);
}

async function expectAllWorkAgain(calls: Record<string, () => Promise<unknown>>) {
  const results = await eachFromAFreshBrowser(calls);
  for (const [name, result] of Object.entries(results)) expect(result, name).toMatchObject({ ok: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!privatePostgresAvailable())("sign-in during a database outage", { timeout: 120_000 }, () => {
  let logged: MockInstance<typeof console.error>;
  beforeEach(() => {
    logged = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    logged.mockRestore();
  });

  describe("the database server stopped", () => {
    const world = privateAppForSuite();

    it("every sign-in says sign-in is temporarily unavailable, and works again once the server is back", async () => {
      const app = world();
      const s = await scene();
      await app.server.stop();
      try {
        const results = await eachFromAFreshBrowser({
          ...signIns(s),
          "choose a buyer organization": () => chooseBuyerAction(s.customerLink.token, { buyerId: s.world.buyer.id }),
        });
        expectAllUnavailable(results);
        expect(logged.mock.calls.filter(([text]) => String(text).startsWith("[sign-in] The database is unavailable")).length).toBe(Object.keys(results).length);
      } finally {
        await app.server.start();
      }
      // No attempt reached the server, so none was counted against anyone.
      expect(await app.app.rateLimitBucket.count()).toBe(0);
      await expectAllWorkAgain(signIns(s));
    });

    it("a wrong password is still a wrong password while the database answers", async () => {
      const { world } = await scene();
      expect(await signInAction({ email: world.buyerUser.email, password: "wrong-password" })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
    });
  });

  describe("the database server not answering (frozen)", () => {
    const TIMEOUTS = { connectMs: 1_500, queryMs: 1_500 };
    const world = privateAppForSuite(TIMEOUTS, ({ server }) => server.thaw());

    it("every sign-in says sign-in is temporarily unavailable once the database timeouts run out", async () => {
      const app = world();
      const s = await scene();
      await app.server.freeze();
      try {
        expectAllUnavailable(await eachFromAFreshBrowser(signIns(s)));
      } finally {
        await app.server.thaw();
      }
      // The pool drops the connections that timed out; give it a moment to reconnect.
      const deadline = Date.now() + 20_000;
      while ((await app.app.$queryRaw`SELECT 1`.then(() => true, () => false)) === false) {
        expect(Date.now()).toBeLessThan(deadline);
        await sleep(250);
      }
      // An attempt counted just before the freeze may land once the server wakes; the right
      // credentials then clear it.
      await expectAllWorkAgain(signIns(s));
    });
  });
});
