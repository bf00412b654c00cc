// The list pager under exact and capped counts (the Order Management and shipping lists count at
// most COUNT_CAP + 1 matches).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination, pageHref } from "@/components/ui/pagination";
import type { AppLocale } from "@/lib/i18n/locales";
import { CAPPED_COUNT_TAKE } from "@/lib/pagination/capped-count";
import { inApp } from "../support/render-in-app";

function pager(props: { page: number; total: number; capped?: boolean; shown?: number }, locale: AppLocale = "en") {
  const list = createElement(Pagination, { pathname: "/admin/orders", search: { status: "OC_CREATED", q: "", page: "3" }, pageSize: 25, ...props });
  const html = renderToStaticMarkup(inApp(list, locale));
  const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
  const links = [...html.matchAll(/<a [^>]*>/g)].map(([tag]) => `${/rel="(\w+)"/.exec(tag)![1]} ${/href="([^"]+)"/.exec(tag)![1].replaceAll("&amp;", "&")}`);
  return { text, links };
}

describe("Pagination", () => {
  it("an exact count gives the range and the links that exist, keeping the filters", () => {
    expect(pager({ page: 1, total: 60 })).toEqual({ text: "1–25 of 60 Next", links: ["next /admin/orders?status=OC_CREATED&page=2"] });
    expect(pager({ page: 3, total: 60 })).toEqual({ text: "51–60 of 60 Previous", links: ["prev /admin/orders?status=OC_CREATED&page=2"] });
    // An exact count past the cap is shown as it is (products, links, buyers).
    expect(pager({ page: 800, total: 20_000 })).toEqual({ text: "19,976–20,000 of 20,000 Previous", links: ["prev /admin/orders?status=OC_CREATED&page=799"] });
  });

  it("a capped list past the cap says 10,000+ and offers Next while pages come back full", () => {
    expect(pager({ page: 500, total: CAPPED_COUNT_TAKE, capped: true, shown: 25 })).toEqual({
      text: "12,476–12,500 of 10,000+ Previous Next",
      links: ["prev /admin/orders?status=OC_CREATED&page=499", "next /admin/orders?status=OC_CREATED&page=501"],
    });
    expect(pager({ page: 501, total: CAPPED_COUNT_TAKE, capped: true, shown: 7 }).links).toEqual(["prev /admin/orders?status=OC_CREATED&page=500"]);
  });

  it("reads in Japanese for a Japanese reader", () => {
    expect(pager({ page: 1, total: 60 }, "ja").text).toBe("60件中 1–25件 次へ");
    expect(pager({ page: 500, total: CAPPED_COUNT_TAKE, capped: true, shown: 25 }, "ja").text).toBe("10,000件以上中 12,476–12,500件 前へ 次へ");
  });

  it("the export link keeps the filters and drops the page", () => {
    expect(pageHref("/admin/orders/export", { status: "OC_CREATED", tag: ["a", "b"], page: "4" }, 1)).toBe("/admin/orders/export?status=OC_CREATED&tag=a&tag=b");
  });
});
