import { describe, expect, it } from "vitest";
import { isEmbedUrl, LINK_SAVE_MESSAGES, linkFormSchemaFor, linkListFilters, linkSaveIssues } from "@/lib/links/schemas";
import { newLinkDefaults } from "@/lib/links/form-defaults";
import { linkTabOf } from "@/lib/links/link-types";

describe("link form helpers", () => {
  it.each([
    ["https://www.youtube.com/embed/dQw4w9WgXcQ", true],
    ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=10", true],
    ["https://player.vimeo.com/video/76979871", true],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", false],
    ["http://www.youtube.com/embed/dQw4w9WgXcQ", false],
    ["https://evil.example/embed/dQw4w9WgXcQ", false],
    ["https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ", false],
    ["javascript:alert(1)", false],
  ])("accepts only embeddable player URLs: %s -> %s", (url, ok) => {
    expect(isEmbedUrl(url)).toBe(ok);
  });

  it("reads the list's query string forgivingly", () => {
    expect(linkListFilters({ q: "  spring ", status: "VOID", sort: "name_asc" })).toEqual({ q: "spring", status: "VOID", sort: "name_asc" });
    expect(linkListFilters({ status: "DELETED", sort: "drop table" })).toEqual({ q: "", status: undefined, sort: "created_desc" });
    expect(linkTabOf("customer").type).toBe("CUSTOMER");
    expect(linkTabOf(["dynamic"]).type).toBe("DYNAMIC_BRAND");
    expect(linkTabOf("nope").type).toBe("INSTANT");
  });
});

describe("the link form's save rules, the same in the browser and on the server", () => {
  const NOW = Date.parse("2026-06-01T12:00:00Z");
  const base = { passcodeEnabled: false, passcode: "", expirationEnabled: true, expiresAt: "" };
  it.each([
    ["a new link expiring a minute from now", { expiresAt: "2026-06-01T12:01:00Z" }, null, {}],
    ["a new link expiring now", { expiresAt: "2026-06-01T12:00:00Z" }, null, { expiresAt: LINK_SAVE_MESSAGES.expirationPassed }],
    ["a new link expiring last year", { expiresAt: "2025-06-01T12:00:00Z" }, null, { expiresAt: LINK_SAVE_MESSAGES.expirationPassed }],
    ["a past expiration left switched off", { expirationEnabled: false, expiresAt: "2025-06-01T12:00:00Z" }, null, {}],
    ["an edit keeping its passed expiration", { expiresAt: "2026-05-01T00:00:00.000Z" }, { expiresAt: "2026-05-01T00:00:00Z", hasPasscode: false }, {}],
    ["an edit moving it to another passed time", { expiresAt: "2026-05-02T00:00:00Z" }, { expiresAt: "2026-05-01T00:00:00Z", hasPasscode: false }, { expiresAt: LINK_SAVE_MESSAGES.expirationPassed }],
    ["a new link requiring an empty passcode", { passcodeEnabled: true, expirationEnabled: false }, null, { passcode: LINK_SAVE_MESSAGES.passcodeMissing }],
    ["an edit keeping the stored passcode", { passcodeEnabled: true, expirationEnabled: false }, { expiresAt: null, hasPasscode: true }, {}],
  ] as const)("%s", (_name, values, stored, issues) => {
    expect(linkSaveIssues({ ...base, ...values }, stored, NOW)).toEqual(issues);
  });

  it("are part of the schema the form validates with, beside the field", () => {
    const values = { ...newLinkDefaults("INSTANT", { defaultCurrency: "JPY", homeCountry: "JP" }), name: "Fair", catalogIds: ["c1"] };
    const past = { ...values, expirationEnabled: true, expiresAt: new Date(Date.now() - 60_000).toISOString() };
    const result = linkFormSchemaFor(null).safeParse(past);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["expiresAt", LINK_SAVE_MESSAGES.expirationPassed]]);
    expect(linkFormSchemaFor({ expiresAt: past.expiresAt, hasPasscode: false }).safeParse(past).success).toBe(true);
    expect(linkFormSchemaFor(null).safeParse({ ...values, passcodeEnabled: true }).error?.issues.map((i) => i.path.join("."))).toEqual(["passcode"]);
  });
});
