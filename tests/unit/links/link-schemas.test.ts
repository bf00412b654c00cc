import { describe, expect, it } from "vitest";
import { isEmbedUrl, linkListFilters } from "@/lib/links/schemas";
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
