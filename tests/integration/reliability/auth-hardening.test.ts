// Authentication checks the feature tests leave open. Each secret check (sign-in, a link's
// passcode, the three Customer Order Link logins) gives a burst of parallel guesses no more tries
// than its limit; every column that can hold a password or passcode stores a bcrypt hash; the
// session cookie is Secure (and __Secure- prefixed) over HTTPS, HttpOnly and SameSite=Lax.
// Covered elsewhere: each secret is hashed on save (create-link, buyer-admin, organization,
// sign-in tests), sequential lock-outs (sign-in, link-access), the cookie's HttpOnly / SameSite
// over plain HTTP and the security headers (tests/e2e/security.spec.ts).
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAction } from "@/lib/auth/actions";
import { handlers } from "@/lib/auth/auth";
import { verifySecret } from "@/lib/auth/password";
import { trustThisDevice } from "@/lib/auth/two-factor/trusted-device";
import { prisma } from "@/lib/db/client";
import { rotateEndpointSecret } from "@/lib/webhooks/endpoints";
import { loginWithBrandCredentialsAction, loginWithOfflineBuyerAction, loginWithUserAccountAction, submitPasscodeAction } from "@/lib/link-access/actions";
import { actAs } from "../../support/next-request";
import { createUser, FIXTURE_PASSWORD } from "../../support/fixtures";
import { createTestKey } from "../../support/api-client";
import { enableTwoFactor } from "../../support/two-factor";
import { createEndpoint as createWebhookEndpoint } from "../../support/webhooks";
import { createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

const LIMIT = 10;
const GUESSES = 30;

type Result = { ok: boolean; code?: string };
type Entry = { name: string; attempt: (w: LinkWorld) => Promise<{ wrong: () => Promise<Result>; right: () => Promise<Result> }> };

const entries: Entry[] = [
  {
    name: "sign-in (brand staff and Buyer App users)",
    attempt: async (w) => ({
      wrong: () => signInAction({ email: w.staff.email, password: "wrong-password" }),
      right: () => signInAction({ email: w.staff.email, password: FIXTURE_PASSWORD }),
    }),
  },
  {
    name: "an order link's passcode",
    attempt: async (w) => {
      const link = await createLink(w, { type: "INSTANT", passcode: "spring27" });
      return { wrong: () => submitPasscodeAction(link.token, { passcode: "autumn27" }), right: () => submitPasscodeAction(link.token, { passcode: "spring27" }) };
    },
  },
  {
    name: "Customer Order Link: Login with User Account",
    attempt: async (w) => {
      const link = await createLink(w);
      const login = (password: string) => () => loginWithUserAccountAction(link.token, { email: w.buyerUser.email, password });
      return { wrong: login("wrong-password"), right: login(FIXTURE_PASSWORD) };
    },
  },
  {
    name: "Customer Order Link: Login with Offline Buyer",
    attempt: async (w) => {
      const link = await createLink(w);
      const login = (password: string) => () => loginWithOfflineBuyerAction(link.token, { email: w.offlineLoginEmail, password });
      return { wrong: login("wrong-password"), right: login("offline-pass-1") };
    },
  },
  {
    name: "Customer Order Link: Brand-Specific Credentials",
    attempt: async (w) => {
      const link = await createLink(w);
      const login = (passcode: string) => () => loginWithBrandCredentialsAction(link.token, { code: w.uniqueCode, passcode });
      return { wrong: login("000000"), right: login("123456") };
    },
  },
];

describe("authentication", { timeout: 120_000 }, () => {
  let world: LinkWorld;
  beforeAll(async () => {
    world = await createLinkWorld();
  });

  it.each(entries.map((e) => [e.name, e] as const))(`%s: ${GUESSES} parallel wrong guesses get ${LIMIT} tries, then even the right secret waits`, async (_name, entry) => {
    await actAs(null);
    const { wrong, right } = await entry.attempt(world);
    const results = await Promise.all(Array.from({ length: GUESSES }, () => wrong()));
    const codes = results.map((r) => (r.ok ? "OK" : r.code));
    expect(codes.filter((c) => c === "INVALID_CREDENTIALS")).toHaveLength(LIMIT);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(GUESSES - LIMIT);
    expect(await right()).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("stores every password and passcode as a bcrypt hash, in columns made for hashes", async () => {
    await createLink(world, { passcode: "winter27" });
    // Two-factor columns hold no password: a sealed TOTP secret and a keyed stamp of a password hash.
    const guarded = await createUser("two-factor");
    await enableTwoFactor(guarded);
    await trustThisDevice(guarded);
    await createTestKey({ brand: world.brand, owner: world.staff });
    // A webhook endpoint whose secret was rotated: the current and the previous signing secret.
    const hook = await createWebhookEndpoint(world.brand.id, "https://erp.example.com/hooks");
    await rotateEndpointSecret(world.brand.id, world.staff, hook.id);
    // A new column for a secret fails here until it is reviewed and listed.
    const columns = await prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name ~* '(password|passcode|secret)'
      ORDER BY table_name, column_name`;
    const BCRYPT = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;
    const FORMATS: Record<string, RegExp> = {
      // SHA-256 of an API key's secret: the secret is 32 random bytes, so a fast hash is enough (lib/api-keys/secret).
      "ApiKey.secretHash": /^[0-9a-f]{64}$/,
      "Buyer.linkLoginPasswordHash": BCRYPT,
      "Connection.passcodeHash": BCRYPT,
      "OrderLink.passcodeHash": BCRYPT,
      // HMAC-SHA256 of the password hash a remembered device was trusted under (lib/auth/two-factor/trusted-device).
      "TrustedDevice.passwordStamp": /^[0-9a-f]{64}$/,
      // The TOTP secret, AES-256-GCM sealed: version, IV, tag, ciphertext (lib/auth/two-factor/keys).
      "TwoFactor.secret": /^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]{40,}$/,
      "User.passwordHash": BCRYPT,
      // Webhook signing secrets (receivers need them, so no hash): AES-256-GCM sealed like the TOTP secret (lib/webhooks/secret).
      "WebhookEndpoint.previousSecret": /^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]{66}$/,
      "WebhookEndpoint.secret": /^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]{66}$/,
    };
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual(Object.keys(FORMATS));
    for (const { table_name: table, column_name: column } of columns) {
      const values = (await prisma.$queryRawUnsafe<{ value: string }[]>(`SELECT "${column}" AS value FROM "${table}" WHERE "${column}" IS NOT NULL`)).map((r) => r.value);
      expect(values.length, `${table}.${column} has values to check`).toBeGreaterThan(0);
      for (const value of values) expect(value, `${table}.${column}`).toMatch(FORMATS[`${table}.${column}`]);
    }
    // The hashes answer to the secrets and are not the secrets.
    const user = await prisma.user.findUniqueOrThrow({ where: { id: world.staff.id } });
    expect(user.passwordHash).not.toBe(FIXTURE_PASSWORD);
    expect(await verifySecret(FIXTURE_PASSWORD, user.passwordHash)).toBe(true);
    expect(await verifySecret("wrong-password", user.passwordHash)).toBe(false);
  });

  describe("the session cookie", () => {
    /** Signs in through next-auth's own route handler, as a browser at `origin` would. */
    async function signInAt(origin: string) {
      const csrf = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`));
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const response = await handlers.POST(
        new NextRequest(`${origin}/api/auth/callback/credentials`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") },
          // Not the staff account: the sign-in burst above locked that one out.
          body: new URLSearchParams({ csrfToken, email: world.ops.email, password: FIXTURE_PASSWORD }).toString(),
        }),
      );
      expect(response.status).toBe(302);
      const session = response.headers.getSetCookie().find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
      expect(session).toBeDefined();
      return session!.split(";").map((part) => part.trim());
    }

    it("over HTTPS (production) is Secure with the __Secure- prefix, HttpOnly and SameSite=Lax", async () => {
      const [nameValue, ...flags] = await signInAt("https://shop.example");
      expect(nameValue).toMatch(/^__Secure-authjs\.session-token=.+/);
      expect(flags).toEqual(expect.arrayContaining(["Secure", "HttpOnly", "SameSite=Lax", "Path=/"]));
    });

    it("over plain HTTP (local runs) is still HttpOnly and SameSite=Lax, without Secure", async () => {
      const [nameValue, ...flags] = await signInAt("http://localhost:3000");
      expect(nameValue).toMatch(/^authjs\.session-token=.+/);
      expect(flags).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Lax"]));
      expect(flags).not.toContain("Secure");
    });
  });
});
