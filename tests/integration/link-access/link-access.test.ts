import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import {
  chooseBuyerAction, loginWithBrandCredentialsAction, loginWithOfflineBuyerAction, loginWithUserAccountAction, saveLinkCartAction, submitPasscodeAction,
} from "@/lib/link-access/actions";
import { resolveLink } from "@/lib/link-access/resolve-link";
import { actAs } from "../../support/next-request";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
import { enableTwoFactor, totpCode } from "../../support/two-factor";
import { createLink, createLinkWorld } from "./link-fixtures";
import { msg } from "@/lib/i18n/message-text";

const screen = async (token: string) => (await resolveLink(token))?.decision.screen;

describe("link access through the real actions", { timeout: 120_000 }, () => {
  it("a wrong passcode is refused, the right one opens the link", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", passcode: "spring27" });
    expect(await screen(link.token)).toBe("passcode");
    expect(await submitPasscodeAction(link.token, { passcode: "wrong" })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS", message: "The passcode is incorrect." });
    expect(await screen(link.token)).toBe("passcode");
    expect(await submitPasscodeAction(link.token, { passcode: "spring27" })).toMatchObject({ ok: true });
    expect(await screen(link.token)).toBe("catalogs");
    // Another visitor (no cookie) still sees the passcode page.
    await actAs(null);
    expect(await screen(link.token)).toBe("passcode");
  });

  it("10 failed passcodes lock the client out, even with the right passcode, counted in the database", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", passcode: "spring27" });
    await Promise.all(Array.from({ length: 10 }, () => submitPasscodeAction(link.token, { passcode: "nope" })));
    const result = await submitPasscodeAction(link.token, { passcode: "spring27" });
    expect(result).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await prisma.rateLimitBucket.findFirst({ where: { key: { startsWith: `link-passcode:${link.id}:` } } })).toMatchObject({ count: 10 });
  });

  it("Login with User Account: one connected organization is chosen at once", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world);
    expect(await screen(link.token)).toBe("login");
    expect(await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: "wrong" })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
    expect(await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: true, data: { chooseBuyer: false } });
    const resolved = await resolveLink(link.token);
    expect(resolved?.decision).toMatchObject({ screen: "catalogs", canOrder: true });
    expect(resolved?.purchase).toMatchObject({ buyer: { id: world.buyer.id }, placedVia: "USER_ACCOUNT", termsDiscountRate: 10 });
  });

  it("Login with User Account asks an account with two-factor authentication for its code before opening the link", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world);
    const guarded = await enableTwoFactor(world.buyerUser);
    const login = (code?: string) => loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD, code });
    // The right password alone is not enough, and a wrong code is refused beside the code field.
    expect(await login()).toMatchObject({ ok: false, code: "TWO_FACTOR_REQUIRED" });
    expect(await screen(link.token)).toBe("login");
    expect(await login("000000")).toMatchObject({ ok: false, code: "TWO_FACTOR_INVALID", fieldErrors: { code: expect.any(String) } });
    expect(await screen(link.token)).toBe("login");
    // A recovery code works once in the code's place.
    expect(await login(guarded.recoveryCodes[0])).toMatchObject({ ok: true, data: { chooseBuyer: false } });
    expect(await screen(link.token)).toBe("catalogs");
    const other = await createLink(world);
    expect(await loginWithUserAccountAction(other.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD, code: guarded.recoveryCodes[0] })).toMatchObject({ ok: false, code: "TWO_FACTOR_INVALID" });
    expect(await loginWithUserAccountAction(other.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD, code: await totpCode(guarded.secret, new Date(), 1) })).toMatchObject({ ok: true });
    expect(await screen(other.token)).toBe("catalogs");
  });

  it("Login with User Account with two organizations asks which one, and refuses a Closed one", async () => {
    const world = await createLinkWorld();
    const second = await prisma.buyer.create({ data: { name: "Second shop", country: "JP", ownership: "CUSTOMER_OWNED", members: { create: { userId: world.buyerUser.id } } } });
    await prisma.connection.create({ data: { brandId: world.brand.id, buyerId: second.id, currency: "JPY", status: "CLOSED" } });
    const link = await createLink(world);
    expect(await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: true, data: { chooseBuyer: true } });
    expect(await screen(link.token)).toBe("choose_buyer");
    expect(await chooseBuyerAction(link.token, { buyerId: second.id })).toMatchObject({ ok: false, code: "CONNECTION_CLOSED" });
    expect(await chooseBuyerAction(link.token, { buyerId: world.offlineBuyer.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await chooseBuyerAction(link.token, { buyerId: world.buyer.id })).toMatchObject({ ok: true });
    expect(await screen(link.token)).toBe("catalogs");
  });

  it("closing the connection after login takes effect on the next request", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world);
    await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD });
    expect(await screen(link.token)).toBe("catalogs");
    await prisma.connection.updateMany({ where: { brandId: world.brand.id, buyerId: world.buyer.id }, data: { status: "CLOSED" } });
    expect(await screen(link.token)).toBe("connection_closed");
    expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 1 }] })).toMatchObject({ ok: false, code: "LINK_ACCESS" });
  });

  it("a Closed buyer is refused at login by each Customer Order Link method", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world);
    await prisma.connection.updateMany({ where: { brandId: world.brand.id }, data: { status: "CLOSED" } });
    expect(await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: false, code: "CONNECTION_CLOSED" });
    expect(await loginWithOfflineBuyerAction(link.token, { email: world.offlineLoginEmail, password: "offline-pass-1" })).toMatchObject({ ok: false, code: "CONNECTION_CLOSED" });
    expect(await loginWithBrandCredentialsAction(link.token, { code: world.uniqueCode, passcode: "123456" })).toMatchObject({ ok: false, code: "CONNECTION_CLOSED" });
    expect(await screen(link.token)).toBe("login");
  });

  it("Login with Offline Buyer and with Brand-Specific Credentials", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world);
    expect(await loginWithOfflineBuyerAction(link.token, { email: world.offlineLoginEmail, password: "bad" })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
    expect(await loginWithOfflineBuyerAction(link.token, { email: world.offlineLoginEmail.toUpperCase(), password: "offline-pass-1" })).toMatchObject({ ok: true });
    expect((await resolveLink(link.token))?.purchase).toMatchObject({ buyer: { id: world.offlineBuyer.id }, placedVia: "OFFLINE_BUYER" });

    await actAs(null);
    expect(await loginWithBrandCredentialsAction(link.token, { code: world.uniqueCode, passcode: "000000" })).toMatchObject({ ok: false, message: "The unique code or passcode is incorrect." });
    expect(await loginWithBrandCredentialsAction(link.token, { code: world.uniqueCode, passcode: "123456" })).toMatchObject({ ok: true });
    expect((await resolveLink(link.token))?.purchase).toMatchObject({ buyer: { id: world.buyer.id }, placedVia: "BRAND_CREDENTIALS", placedByLabel: msg("orders.history.someStaffViaCredentials") });
  });

  it("another brand's offline login or unique code does not open this brand's link", async () => {
    const world = await createLinkWorld();
    const other = await createLinkWorld();
    const link = await createLink(world);
    expect(await loginWithOfflineBuyerAction(link.token, { email: other.offlineLoginEmail, password: "offline-pass-1" })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
    expect(await loginWithBrandCredentialsAction(link.token, { code: other.uniqueCode, passcode: "123456" })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
  });

  it("Void, not yet open and expired links refuse the passcode and logins", async () => {
    const world = await createLinkWorld();
    const voided = await createLink(world, { status: "VOID", passcode: "x" });
    const soon = await createLink(world, { releaseAt: new Date(Date.now() + 60_000) });
    const past = await createLink(world, { expiresAt: new Date(Date.now() - 1) });
    expect(await screen(voided.token)).toBe("void");
    expect(await screen(soon.token)).toBe("not_yet_open");
    expect(await screen(past.token)).toBe("expired");
    expect(await submitPasscodeAction(voided.token, { passcode: "x" })).toMatchObject({ ok: false, code: "LINK_CLOSED" });
    expect(await loginWithUserAccountAction(past.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: false, code: "LINK_CLOSED" });
    expect(await resolveLink("no-such-token")).toBeNull();
  });

  it("view-only links refuse cart writes on the server", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", viewOnly: true });
    expect((await resolveLink(link.token))?.decision).toEqual({ screen: "catalogs", canOrder: false });
    const result = await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 2 }] });
    expect(result).toMatchObject({ ok: false, code: "VIEW_ONLY" });
    expect(await prisma.cartLine.count()).toBe(0);
  });

  it("Closed and Limited catalogs, publication and deadline", async () => {
    const world = await createLinkWorld();
    const closed = await prisma.catalog.create({ data: { brandId: world.brand.id, name: "Closed", status: "CLOSED" } });
    const limited = await prisma.catalog.create({ data: { brandId: world.brand.id, name: "Limited", status: "LIMITED", buyerAccess: { create: { buyerId: world.buyer.id } } } });
    const past = await prisma.catalog.create({ data: { brandId: world.brand.id, name: "Past", orderDeadline: new Date(Date.now() - 1000) } });
    const future = await prisma.catalog.create({ data: { brandId: world.brand.id, name: "Future", publicationDate: new Date(Date.now() + 86_400_000) } });
    const link = await createLink(world, { catalogIds: [closed.id, limited.id, past.id, future.id] });
    await loginWithOfflineBuyerAction(link.token, { email: world.offlineLoginEmail, password: "offline-pass-1" });
    let resolved = await resolveLink(link.token);
    expect(resolved?.catalogs.map((c) => [c.name, c.access])).toEqual([["Past", "browse_only"], ["Future", "upcoming"]]);
    expect(resolved?.hiddenCatalogCount).toBe(2);
    expect(resolved?.purchase?.orderableCatalogIds).toEqual([]);

    await actAs(null);
    await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD });
    resolved = await resolveLink(link.token);
    expect(resolved?.catalogs.map((c) => [c.name, c.access])).toEqual([["Limited", "orderable"], ["Past", "browse_only"], ["Future", "upcoming"]]);

    const onlyClosed = await createLink(world, { type: "INSTANT", catalogIds: [closed.id] });
    expect((await resolveLink(onlyClosed.token))?.catalogs).toEqual([]);
    expect((await resolveLink(onlyClosed.token))?.hiddenCatalogCount).toBe(1);
  });
});
