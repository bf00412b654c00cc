// Property-based bad input over every input schema: each export of lib/*/schemas.ts, found at
// test time, is fed random input shaped like it with hostile leaves (very long, unicode, SQL and
// HTML fragments, wrong types, missing and extra keys). safeParse never throws; a failure names
// the fields. Query-string schemas and parsers never fail at all (pages parse them with .parse).
// Helpers exported beside the schemas need an entry below, so none is left out.
import { readdir } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkoutSchema } from "@/lib/checkout/schemas";
import { parseMessage } from "@/lib/i18n/message-text";
import { minimumOrderSettingSchema } from "@/lib/order-rules/minimum-order-value";
import { hostileString } from "../support/hostile";
import { arbitraryFor } from "../support/zod-arbitrary";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = 150;

/** Every lib/<area>/schemas.ts and lib/<area>/<part>/schemas.ts (e.g. auth/two-factor). */
async function schemaModules() {
  const found = await readdir(path.join(ROOT, "lib"), { recursive: true });
  const areas = found.map((f) => f.split(path.sep)).filter((parts) => parts.length <= 3 && parts.at(-1) === "schemas.ts").map((parts) => parts.slice(0, -1).join("/"));
  const modules: { area: string; exports: Record<string, unknown> }[] = [];
  for (const area of areas.filter((a) => a !== "" && !a.startsWith("db/")).sort()) {
    const file = path.join(ROOT, "lib", area, "schemas.ts");
    const exports = await import(/* @vite-ignore */ file).catch((error: NodeJS.ErrnoException & { code?: string }) => {
      if (/Failed to load|Cannot find|ENOENT/.test(String(error?.message ?? error))) return null;
      throw error;
    });
    if (exports) modules.push({ area, exports });
  }
  return modules;
}

const isSchema = (value: unknown): value is z.ZodType => value instanceof z.ZodType;
/** A fragment spread into object schemas (`...addressFields`): a plain object of schemas. */
const isShapeFragment = (value: unknown): value is Record<string, z.ZodType> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).length > 0 && Object.values(value).every(isSchema);

const isObjectSchema = (schema: z.ZodType) => (schema as unknown as { _zod: { def: { type: string } } })._zod.def.type === "object";
const isPlainObject = (value: unknown) => typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** safeParse never throws; a failure has issues with messages, and on an object, field paths. */
function checkSchema(schema: z.ZodType, runs = RUNS) {
  fc.assert(
    fc.property(arbitraryFor(schema), (input) => {
      const result = schema.safeParse(input);
      if (result.success) return;
      expect(result.error.issues.length).toBeGreaterThan(0);
      for (const issue of result.error.issues) {
        expect(issue.message.length, JSON.stringify(issue)).toBeGreaterThan(0);
        if (isObjectSchema(schema) && isPlainObject(input)) expect(issue.path.length, `field-level issue for ${JSON.stringify(issue)}`).toBeGreaterThan(0);
      }
    }),
    { numRuns: runs },
  );
}

// A URL query string as Next hands it to a page: keys the page knows and others, single or repeated.
const QUERY_KEYS = ["q", "number", "po", "buyer", "status", "tag", "link", "from", "to", "currency", "sort", "scope", "field", "email", "ship", "view", "name", "country", "ownership", "page"];
const queryString = fc.dictionary(fc.oneof(fc.constantFrom(...QUERY_KEYS), hostileString), fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }), fc.constant(undefined)), { maxKeys: 8 });
const firstValues = (search: Record<string, string | string[] | undefined>) => Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

/** Schemas pages parse from the query string with .parse(): anything unknown falls back to a default. */
const QUERY_SCHEMAS = new Set([
  "buyers/schemas.buyerSearchSchema",
  "catalogs/schemas.catalogListFilterSchema",
  "links/schemas.linkListFilterSchema",
  "products/schemas.productListFilterSchema",
  "orders/schemas.orderFiltersSchema",
  "shipping/schemas.shippingFilterSchema",
  "shipping/schemas.queueFilterSchema",
  "shipping/schemas.releasedFilterSchema",
  "shipping/schemas.matchingOrdersSchema",
]);

const neverThrowsOnQuery = (parse: (search: Record<string, string | string[] | undefined>) => unknown) =>
  fc.assert(fc.property(queryString, (search) => void parse(search)), { numRuns: RUNS * 2 });

/** Every function exported beside the schemas, and how it is fuzzed. */
const FUNCTION_CASES: Record<string, (fn: (...args: never[]) => unknown) => void> = {
  "checkout/schemas.checkoutSchema": () => {
    // The checkout form's schema depends on the purchase: every combination of its options.
    for (const guest of [true, false])
      for (const addressField of ["SHOW", "HIDE"] as const)
        for (const paymentMethods of [["PAY_OUTSIDE_APP"], ["PAY_OUTSIDE_APP", "STRIPE_CARD"]] as const)
          checkSchema(checkoutSchema({ guest, addressField, shippingApplies: guest, paymentMethods: [...paymentMethods], timeZone: "Asia/Tokyo" }), 40);
  },
  "links/schemas.isEmbedUrl": (fn) => fc.assert(fc.property(hostileString, (url) => {
        expect(typeof (fn as (u: string) => unknown)(url)).toBe("boolean");
      }), { numRuns: RUNS }),
  "links/schemas.linkListFilters": (fn) => neverThrowsOnQuery(fn as never),
  "links/schemas.linkFormSchemaFor": (fn) => {
    // The form's schema for a new link and for edits of links in each stored state.
    const build = fn as (stored: { expiresAt: string | null; hasPasscode: boolean } | null) => z.ZodType;
    for (const stored of [null, { expiresAt: null, hasPasscode: false }, { expiresAt: "2020-01-01T00:00:00.000Z", hasPasscode: true }]) checkSchema(build(stored), 40);
  },
  "links/schemas.linkSaveIssues": (fn) =>
    fc.assert(fc.property(fc.boolean(), hostileString, fc.boolean(), hostileString, fc.option(hostileString, { nil: null }), fc.boolean(), (passcodeEnabled, passcode, expirationEnabled, expiresAt, storedExpiresAt, hasPasscode) => {
        const issues = (fn as (...args: unknown[]) => Record<string, string>)({ passcodeEnabled, passcode, expirationEnabled, expiresAt }, { expiresAt: storedExpiresAt, hasPasscode });
        expect(Object.keys(issues).every((k) => k === "passcode" || k === "expiresAt")).toBe(true);
      }), { numRuns: RUNS }),
  "buyers/schemas.parseBuyerSearch": (fn) => neverThrowsOnQuery(fn as never),
  "catalogs/schemas.parseCatalogListFilters": (fn) => neverThrowsOnQuery(fn as never),
  "products/schemas.parseProductListFilters": (fn) => neverThrowsOnQuery(fn as never),
  "orders/schemas.parseOrderFilters": (fn) => neverThrowsOnQuery(fn as never),
  "tags/schemas.sameTagName": (fn) =>
    fc.assert(fc.property(hostileString, hostileString, (a, b) => {
        const same = fn as (x: string, y: string) => boolean;
        expect(same(a, b)).toBe(same(b, a));
        expect(same(a, a.toUpperCase()) || a.toUpperCase().toLowerCase() !== a.toLowerCase()).toBe(true);
      }), { numRuns: RUNS }),
  "tags/schemas.tagNameTakenMessage": (fn) =>
    fc.assert(fc.property(hostileString, (name) => {
        // Any tag name survives the trip through the catalogue key and its values.
        expect(parseMessage((fn as (n: string) => string)(name))).toEqual({ key: "settings.errors.tagNameTaken", values: { name } });
      }), { numRuns: RUNS }),
  "order-rules/schemas.unknownPackSizes": (fn) =>
    fc.assert(fc.property(fc.array(fc.array(hostileString, { maxLength: 5 }), { maxLength: 4 }), fc.array(hostileString, { maxLength: 6 }), (packs, sizes) => {
        const errors = (fn as (p: { sizes: { size: string }[] }[], s: string[]) => Record<string, string>)(packs.map((p) => ({ sizes: p.map((size) => ({ size })) })), sizes);
        expect(Object.keys(errors).every((k) => /^prepacks\.\d+\.sizes\.\d+\.size$/.test(k))).toBe(true);
      }), { numRuns: RUNS }),
  "settings/schemas.parseMajorAmount": (fn) =>
    fc.assert(fc.property(hostileString, fc.oneof(hostileString, fc.constantFrom("JPY", "USD", "EUR", "KWD")), (text, currency) => {
        const result = (fn as (t: string, c: string) => { minor: number | null } | { error: string })(text, currency);
        if ("minor" in result) expect(result.minor === null || (Number.isInteger(result.minor) && result.minor >= 0)).toBe(true);
        else expect(parseMessage(result.error)?.key).toMatch(/^orderRules\.admin\.minimumOrder\.errors\./);
      }), { numRuns: RUNS }),
  "settings/schemas.minimumOrderFromRows": (fn) => {
    const row = fc.record({ currency: fc.oneof(hostileString, fc.constantFrom("JPY", "USD")), amount: hostileString, firstOrder: hostileString });
    fc.assert(fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const setting = (fn as (r: unknown[]) => Record<string, { amount: number; firstOrder?: number | null }> | null)(rows);
        // Whatever the rows, the result is a setting the order-rule engine reads back as it is.
        if (setting) expect(minimumOrderSettingSchema.parse(setting)).toEqual(setting);
      }), { numRuns: RUNS });
  },
  "settings/schemas.minimumOrderRows": (fn) =>
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom("JPY", "USD", "x"), fc.record({ amount: fc.integer(), firstOrder: fc.option(fc.integer()) }))), fc.array(hostileString, { maxLength: 4 }), (stored, currencies) => {
        const rows = (fn as (s: unknown, c: string[]) => { currency: string; amount: string; firstOrder: string }[])(stored, currencies);
        expect(rows.every((r) => /^[A-Z]{3}$/.test(r.currency) && typeof r.amount === "string" && typeof r.firstOrder === "string")).toBe(true);
      }), { numRuns: RUNS }),
  "shipping/schemas.parseQueueFilter": (fn) => neverThrowsOnQuery(fn as never),
  "shipping/schemas.parseReleasedFilter": (fn) => neverThrowsOnQuery(fn as never),
  "products/schemas.splitList": (fn) =>
    fc.assert(fc.property(hostileString, (text) => {
        expect((fn as (t: string) => string[])(text).every((v) => v === v.trim() && v !== "")).toBe(true);
      }), { numRuns: RUNS }),
  "products/schemas.skuCodeFor": (fn) =>
    fc.assert(fc.property(hostileString, hostileString, hostileString, (a, b, c) => {
        expect(typeof (fn as (...s: string[]) => unknown)(a, b, c)).toBe("string");
      }), { numRuns: RUNS }),
};

const modules = await schemaModules();
const entries = modules.flatMap(({ area, exports }) => Object.entries(exports).map(([name, value]) => ({ key: `${area}/schemas.${name}`, value })));
const schemas = entries.filter((e) => isSchema(e.value) || isShapeFragment(e.value));
const functions = entries.filter((e) => typeof e.value === "function" && !isSchema(e.value));

describe("every input schema under hostile input", () => {
  it("finds the schemas of every area, and a fuzzing case for every helper exported beside them", () => {
    expect(modules.length).toBeGreaterThanOrEqual(10);
    expect(schemas.length).toBeGreaterThanOrEqual(50);
    const keys = functions.map((f) => f.key);
    expect(keys.filter((k) => !(k in FUNCTION_CASES)), "functions in schemas.ts without a fuzzing case").toEqual([]);
    expect(Object.keys(FUNCTION_CASES).filter((k) => !keys.includes(k)), "cases of functions that no longer exist").toEqual([]);
    expect([...QUERY_SCHEMAS].filter((k) => !schemas.some((s) => s.key === k)), "query schemas that no longer exist").toEqual([]);
  });

  for (const { key, value } of schemas) {
    const schema = isSchema(value) ? value : z.object(value as Record<string, z.ZodType>);
    it(`${key}: safeParse never throws, failures name the fields`, () => checkSchema(schema));
    if (QUERY_SCHEMAS.has(key)) {
      it(`${key}: any query string parses (bad values fall back to defaults)`, () =>
        fc.assert(fc.property(queryString, (search) => {
          expect(schema.safeParse(firstValues(search)).success, JSON.stringify(search).slice(0, 300)).toBe(true);
        }), { numRuns: RUNS * 2 }));
    }
  }

  for (const { key, value } of functions) {
    it(`${key}: never throws on hostile input`, () => FUNCTION_CASES[key]?.(value as (...args: never[]) => unknown));
  }
});
