// Failed passcodes and logins are counted per link and client address, and the address is the
// connection's, never a header the visitor chose: sending a new X-Forwarded-For with every wrong
// guess does not escape the lockout. Behind a trusted proxy (TRUSTED_PROXY_HOPS=1) the address is
// the entry that proxy appended, so what the client wrote to its left is ignored too. Each request
// is stamped by the app server's own code (requestFrom), then runs the real server action.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { prisma } from "@/lib/db/client";
import { loginWithBrandCredentialsAction, submitPasscodeAction } from "@/lib/link-access/actions";
import { LINK_ATTEMPT_RULE } from "@/lib/link-access/login";
import { actAs, requestFrom } from "../../support/next-request";
import { createLink, createLinkWorld, type LinkWorld } from "./link-fixtures";

const PASSCODE = "spring27";

type Door = {
  name: string;
  open: (world: LinkWorld) => Promise<{ id: string; token: string }>;
  attempt: (world: LinkWorld, token: string, right: boolean) => Promise<ActionResult<unknown>>;
};

const doors: Door[] = [
  {
    name: "the passcode of a link",
    open: (world) => createLink(world, { type: "INSTANT", passcode: PASSCODE }),
    attempt: (_world, token, right) => submitPasscodeAction(token, { passcode: right ? PASSCODE : "autumn" }),
  },
  {
    name: "Login with Brand-Specific Credentials (6-digit passcode)",
    open: (world) => createLink(world),
    attempt: (world, token, right) => loginWithBrandCredentialsAction(token, { code: world.uniqueCode, passcode: right ? "123456" : "654321" }),
  },
];

/** A fresh browser (no cookies) on the given connection, as a locked-out visitor would retry. */
async function from(socketAddress: string, forwardedFor?: string) {
  await actAs(null);
  requestFrom(socketAddress, forwardedFor ? { "x-forwarded-for": forwardedFor } : {});
}

describe("the lockout holds whatever X-Forwarded-For says", { timeout: 120_000 }, () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  for (const door of doors) {
    describe(door.name, () => {
      it("without a trusted proxy: a new forwarded address per wrong guess is still one client, and the right secret is refused while locked", async () => {
        const world = await createLinkWorld();
        const link = await door.open(world);
        for (let i = 1; i <= LINK_ATTEMPT_RULE.limit; i++) {
          await from("198.51.100.7", `203.0.113.${i}`);
          expect(await door.attempt(world, link.token, false)).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
        }
        await from("198.51.100.7", "203.0.113.200");
        expect(await door.attempt(world, link.token, true)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
        await from("198.51.100.7");
        expect(await door.attempt(world, link.token, true)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
        // One count, against the connection's address.
        const buckets = await prisma.rateLimitBucket.findMany({ where: { key: { contains: link.id } } });
        expect(buckets.map((b) => [b.key.split(":").at(-1), b.count])).toEqual([["198.51.100.7", LINK_ATTEMPT_RULE.limit]]);
        // Another client is not locked out by them.
        await from("198.51.100.8", "198.51.100.7");
        expect(await door.attempt(world, link.token, true)).toMatchObject({ ok: true });
      });

      it("with TRUSTED_PROXY_HOPS=1: the address the proxy appended counts, what the client wrote before it does not", async () => {
        vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
        const world = await createLinkWorld();
        const link = await door.open(world);
        // Every request comes through the same proxy (10.0.0.2); the client is 203.0.113.50.
        for (let i = 1; i <= LINK_ATTEMPT_RULE.limit; i++) {
          await from("10.0.0.2", `192.0.2.${i}, 203.0.113.50`);
          expect(await door.attempt(world, link.token, false)).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
        }
        await from("10.0.0.2", "192.0.2.99, 203.0.113.50");
        expect(await door.attempt(world, link.token, true)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
        const buckets = await prisma.rateLimitBucket.findMany({ where: { key: { contains: link.id } } });
        expect(buckets.map((b) => [b.key.split(":").at(-1), b.count])).toEqual([["203.0.113.50", LINK_ATTEMPT_RULE.limit]]);
        // Another client behind the same proxy gets in: the proxy's own address is nobody's count.
        await from("10.0.0.2", "203.0.113.50, 203.0.113.51");
        expect(await door.attempt(world, link.token, true)).toMatchObject({ ok: true });
      });
    });
  }

  it("addresses of one IPv6 /64 count as one client", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", passcode: PASSCODE });
    for (let i = 1; i <= LINK_ATTEMPT_RULE.limit; i++) {
      await from(`2001:db8:5:6::${i.toString(16)}`);
      expect(await submitPasscodeAction(link.token, { passcode: "autumn" })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
    }
    await from("2001:db8:5:6:ffff::1");
    expect(await submitPasscodeAction(link.token, { passcode: PASSCODE })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    await from("2001:db8:5:7::1");
    expect(await submitPasscodeAction(link.token, { passcode: PASSCODE })).toMatchObject({ ok: true });
  });
});
