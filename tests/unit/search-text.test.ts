import { describe, expect, it } from "vitest";
import { parseBuyerSearch } from "@/lib/buyers/schemas";
import { buyerOptionSearchSchema, parseCatalogListFilters } from "@/lib/catalogs/schemas";
import { linkListFilters } from "@/lib/links/schemas";
import { parseOrderFilters } from "@/lib/orders/schemas";
import { readListQuery, SEARCH_TEXT_MAX, SEARCH_TEXT_MESSAGES, searchText } from "@/lib/pagination/search-text";
import { parseProductListFilters } from "@/lib/products/schemas";
import { parseQueueFilter, parseReleasedFilter } from "@/lib/shipping/schemas";

/** What a staff member pastes by mistake: 10 kB of text. */
const TEN_KB = "Spring order notes ".repeat(540).slice(0, 10_240);

describe("the search text limit", () => {
  it("cuts a 10 kB query value to the limit and names it, so the page can say so", () => {
    const query = readListQuery({ q: TEN_KB, status: "open", page: "2" });
    expect(query.values.q).toBe(TEN_KB.slice(0, SEARCH_TEXT_MAX));
    expect(query.values).toMatchObject({ status: "open", page: "2" });
    expect(query.cut).toEqual(["q"]);
    expect(readListQuery({ q: "x".repeat(SEARCH_TEXT_MAX) }).cut).toEqual([]);
  });

  it("reads the first of repeated values and never splits a character made of two code units", () => {
    expect(readListQuery({ q: ["first", "second"], missing: undefined }).values).toEqual({ q: "first" });
    const emoji = `${"x".repeat(SEARCH_TEXT_MAX - 1)}😀tail`;
    const { values } = readListQuery({ q: emoji });
    expect(values.q).toBe("x".repeat(SEARCH_TEXT_MAX - 1));
    expect(values.q.length).toBeLessThanOrEqual(SEARCH_TEXT_MAX);
  });

  // Each list view's parser with the 10 kB value in each of its text boxes: no throw, and the
  // box's first 200 characters are what gets searched (the same as the browser's maxLength keeps).
  const cut = TEN_KB.slice(0, SEARCH_TEXT_MAX).trim();
  it.each([
    ["Links", (s: Record<string, string>) => linkListFilters(s), ["q"]],
    ["Buyers", (s: Record<string, string>) => parseBuyerSearch(s), ["name", "email"]],
    ["Catalogs", (s: Record<string, string>) => parseCatalogListFilters(s), ["q"]],
    ["Products", (s: Record<string, string>) => parseProductListFilters(s), ["q"]],
    ["Order Management", (s: Record<string, string>) => parseOrderFilters(s), ["number", "buyer", "link"]],
    ["New (To Ship) Orders", (s: Record<string, string>) => parseQueueFilter(s), ["q", "email"]],
    ["Shipping", (s: Record<string, string>) => parseReleasedFilter(s), ["q", "email"]],
  ] as const)("the %s list reads a 10 kB search value as its first 200 characters", (_list, parse, fields) => {
    for (const field of fields) {
      const filters = parse({ [field]: TEN_KB }) as Record<string, unknown>;
      expect(filters[field], field).toBe(cut);
    }
  });

  it("refuses longer text in search actions with the limit's message", () => {
    const result = buyerOptionSearchSchema.safeParse({ q: TEN_KB });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["q"], message: SEARCH_TEXT_MESSAGES.limit });
    expect(searchText.parse(`  ${"y".repeat(SEARCH_TEXT_MAX)}  `)).toHaveLength(SEARCH_TEXT_MAX);
  });
});
