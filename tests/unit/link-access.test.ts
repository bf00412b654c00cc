import { describe, expect, it } from "vitest";
import { decideCatalogAccess, decideLinkAccess, type AccessCatalog, type AccessLink, type AccessSession } from "@/lib/link-access/decide-access";
import { decodeLinkSession, encodeLinkSession, newLinkSession } from "@/lib/link-access/session-token";

const NOW = new Date("2027-03-01T00:00:00Z");
const base: AccessLink = { type: "CUSTOMER", status: "OPEN", releaseAt: null, expiresAt: null, hasPasscode: false, viewOnly: false };
const anon: AccessSession = { passcodeOk: false, login: null };
const connected: AccessSession = { passcodeOk: false, login: { buyerChosen: true, connection: "CONNECTED" } };

// One row per rule, in the order the product checks them.
const rows: { name: string; link: AccessLink | null; session: AccessSession; now?: Date; screen: string; canOrder?: boolean }[] = [
  { name: "unknown or deleted link -> 404", link: null, session: connected, screen: "not_found" },
  { name: "Void beats everything after existence (even with passcode passed and logged in)", link: { ...base, status: "VOID", hasPasscode: true }, session: { passcodeOk: true, login: { buyerChosen: true, connection: "CONNECTED" } }, screen: "void" },
  { name: "one millisecond before release -> not yet open", link: { ...base, releaseAt: new Date(NOW.getTime() + 1) }, session: connected, screen: "not_yet_open" },
  { name: "exactly at release -> open", link: { ...base, releaseAt: NOW }, session: connected, screen: "catalogs", canOrder: true },
  { name: "release typed in JST equals the same instant in UTC -> open", link: { ...base, releaseAt: new Date("2027-03-01T09:00:00+09:00") }, session: connected, screen: "catalogs" },
  { name: "release one second after 09:00 JST (which is now, 00:00 UTC) -> not yet open", link: { ...base, releaseAt: new Date("2027-03-01T09:00:01+09:00") }, session: connected, screen: "not_yet_open" },
  { name: "one millisecond before expiration -> open", link: { ...base, expiresAt: new Date(NOW.getTime() + 1) }, session: connected, screen: "catalogs" },
  { name: "exactly at expiration -> expired", link: { ...base, expiresAt: NOW }, session: connected, screen: "expired" },
  { name: "expiration in another time zone, same instant -> expired", link: { ...base, expiresAt: new Date("2027-02-28T19:00:00-05:00") }, session: connected, screen: "expired" },
  { name: "not yet open is checked before expired", link: { ...base, releaseAt: new Date("2027-04-01T00:00:00Z"), expiresAt: new Date("2027-01-01T00:00:00Z") }, session: connected, screen: "not_yet_open" },
  { name: "passcode enabled and not passed -> passcode page (before login)", link: { ...base, hasPasscode: true }, session: anon, screen: "passcode" },
  { name: "passcode passed, Customer Order Link, not logged in -> login", link: { ...base, hasPasscode: true }, session: { passcodeOk: true, login: null }, screen: "login" },
  { name: "user account without a chosen buyer -> choose buyer", link: base, session: { passcodeOk: false, login: { buyerChosen: false } }, screen: "choose_buyer" },
  { name: "logged in, connection Closed -> refused", link: base, session: { passcodeOk: false, login: { buyerChosen: true, connection: "CLOSED" } }, screen: "connection_closed" },
  { name: "logged in, no connection at all -> refused", link: base, session: { passcodeOk: false, login: { buyerChosen: true, connection: null } }, screen: "connection_closed" },
  { name: "logged in and connected -> catalogs, orderable", link: base, session: connected, screen: "catalogs", canOrder: true },
  { name: "view-only -> catalogs without ordering", link: { ...base, viewOnly: true }, session: connected, screen: "catalogs", canOrder: false },
  { name: "Instant Order Link needs no login", link: { ...base, type: "INSTANT" }, session: anon, screen: "catalogs", canOrder: true },
  { name: "Dynamic Brand Link needs no login, but its passcode", link: { ...base, type: "DYNAMIC_BRAND", hasPasscode: true }, session: anon, screen: "passcode" },
  { name: "Instant Order Link ignores a Closed connection (guests may order)", link: { ...base, type: "INSTANT" }, session: { passcodeOk: false, login: { buyerChosen: true, connection: "CLOSED" } }, screen: "catalogs" },
  { name: "expired link is expired even for a passcode-passed visitor", link: { ...base, hasPasscode: true, expiresAt: new Date("2027-02-01T00:00:00Z") }, session: { passcodeOk: true, login: null }, screen: "expired" },
];

describe("link access decision", () => {
  it.each(rows)("$name", ({ link, session, now, screen, canOrder }) => {
    const decision = decideLinkAccess(link, session, now ?? NOW);
    expect(decision.screen).toBe(screen);
    if (canOrder !== undefined) expect(decision).toMatchObject({ canOrder });
  });

  it("the not-yet-open screen carries the opening instant", () => {
    const opensAt = new Date("2027-03-10T00:00:00Z");
    expect(decideLinkAccess({ ...base, releaseAt: opensAt }, anon, NOW)).toEqual({ screen: "not_yet_open", opensAt });
  });
});

const catalog: AccessCatalog = { status: "OPEN", publicationDate: null, orderDeadline: null, limitedBuyerIds: [] };
const catalogRows: { name: string; catalog: AccessCatalog; buyer: string | null; access: string }[] = [
  { name: "Closed catalog is never shown", catalog: { ...catalog, status: "CLOSED", limitedBuyerIds: ["b1"] }, buyer: "b1", access: "hidden" },
  { name: "Limited catalog for a listed buyer", catalog: { ...catalog, status: "LIMITED", limitedBuyerIds: ["b1"] }, buyer: "b1", access: "orderable" },
  { name: "Limited catalog hidden from an unlisted buyer", catalog: { ...catalog, status: "LIMITED", limitedBuyerIds: ["b1"] }, buyer: "b2", access: "hidden" },
  { name: "Limited catalog hidden from a guest", catalog: { ...catalog, status: "LIMITED", limitedBuyerIds: ["b1"] }, buyer: null, access: "hidden" },
  { name: "before publication -> upcoming (not browsable)", catalog: { ...catalog, publicationDate: new Date(NOW.getTime() + 1) }, buyer: null, access: "upcoming" },
  { name: "exactly at publication -> browsable and orderable", catalog: { ...catalog, publicationDate: NOW }, buyer: null, access: "orderable" },
  { name: "one millisecond before the order deadline -> orderable", catalog: { ...catalog, orderDeadline: new Date(NOW.getTime() + 1) }, buyer: null, access: "orderable" },
  { name: "exactly at the order deadline -> browse only", catalog: { ...catalog, orderDeadline: NOW }, buyer: null, access: "browse_only" },
  { name: "deadline given in JST, same instant -> browse only", catalog: { ...catalog, orderDeadline: new Date("2027-03-01T09:00:00+09:00") }, buyer: null, access: "browse_only" },
];

describe("catalog access", () => {
  it.each(catalogRows)("$name", ({ catalog: c, buyer, access }) => {
    expect(decideCatalogAccess(c, buyer, NOW)).toBe(access);
  });
});

describe("link session token", () => {
  it("round-trips a signed session for its link only", () => {
    const session = { ...newLinkSession("link1"), login: { method: "OFFLINE_BUYER" as const, buyerId: "b1" } };
    const value = encodeLinkSession(session, "secret");
    expect(decodeLinkSession(value, "link1", "secret")).toEqual(session);
    expect(decodeLinkSession(value, "link2", "secret")).toBeNull();
    expect(decodeLinkSession(value, "link1", "other-secret")).toBeNull();
  });

  it("refuses a tampered payload", () => {
    const value = encodeLinkSession(newLinkSession("link1"), "secret");
    const [, signature] = value.split(".");
    const forged = Buffer.from(JSON.stringify({ ...newLinkSession("link1"), login: { method: "OFFLINE_BUYER", buyerId: "victim" } })).toString("base64url");
    expect(decodeLinkSession(`${forged}.${signature}`, "link1", "secret")).toBeNull();
    expect(decodeLinkSession("garbage", "link1", "secret")).toBeNull();
  });
});
