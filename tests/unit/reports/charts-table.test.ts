// ChartWithTable: the table under a chart is its text alternative, so its cells must read exactly
// as the app formats those numbers elsewhere (lib/money for values), in the reader's language.
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChartWithTable, type ChartTableCell, type ChartTableColumn } from "@/components/reports/charts/chart-with-table";
import { RankingBarChart } from "@/components/reports/charts/ranking-bar-chart";
import { TimeSeriesChart } from "@/components/reports/charts/time-series-chart";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format";
import { inApp } from "../../support/render-in-app";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&nbsp;": "\u00a0" };
const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e).replace(/\s+/g, " ").trim();

type Cell = { tag: string; attributes: string; html: string; text: string };

function render(element: ReactElement, locale: AppLocale) {
  const html = renderToStaticMarkup(inApp(element, locale));
  const table = /<table[\s\S]*<\/table>/.exec(html)?.[0] ?? null;
  const cells = (part: string, tags: string): Cell[] =>
    [...part.matchAll(new RegExp(`<(${tags})([^>]*)>([\\s\\S]*?)</\\1>`, "g"))].map(([, tag, attributes, inner]) => ({ tag, attributes, html: inner, text: textOf(inner) }));
  const thead = table ? /<thead>([\s\S]*?)<\/thead>/.exec(table)![1] : "";
  const tbody = table ? /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table)![1] : "";
  return {
    html,
    table,
    caption: table ? textOf(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table)![1]) : null,
    headers: cells(thead, "th"),
    rows: [...tbody.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => cells(row, "th|td")),
  };
}

function salesTable(currency: string, locale: AppLocale, rows: ChartTableCell[][], chart: React.ReactNode = null, chartSummary?: string) {
  const columns: ChartTableColumn[] = [
    { header: locale === "ja" ? "期間" : "Period" },
    { header: locale === "ja" ? "今期" : "This period", measure: "value", currency },
    { header: locale === "ja" ? "前期" : "Previous period", measure: "value", currency },
  ];
  return render(createElement(ChartWithTable, { title: locale === "ja" ? "売上推移" : "Sales over time", chart, chartSummary, columns, rows, locale }), locale);
}

const AMOUNTS: [string, number, number][] = [["W1", 0, 5], ["W2", 1250, 980], ["W3", 123456, 120000], ["W4", 98765432, 1]];

describe("ChartWithTable", () => {
  it.each([
    ["JPY", "en"], ["JPY", "ja"], ["USD", "en"], ["USD", "ja"],
  ] as const)("%s values in %s: every cell is the amount as lib/money formats it", (currency, locale) => {
    const { caption, headers, rows } = salesTable(currency, locale, AMOUNTS);
    expect(caption).toBe(locale === "ja" ? "売上推移" : "Sales over time");
    expect(headers.map((h) => h.attributes.includes('scope="col"'))).toEqual([true, true, true]);
    expect(rows.map((row) => row.map((cell) => cell.text))).toEqual(AMOUNTS.map(([label, now, before]) => [label, formatMoney(now, currency, locale), formatMoney(before, currency, locale)]));
    // The first cell of each row names it.
    expect(rows.map((row) => `${row[0].tag} ${row[0].attributes.includes('scope="row"')}`)).toEqual(AMOUNTS.map(() => "th true"));
    expect(rows.every((row) => row.slice(1).every((cell) => cell.tag === "td"))).toBe(true);
  });

  it("shows yen without decimals and dollars with cents, in each language's own yen sign", () => {
    const cell = (currency: string, locale: AppLocale) => salesTable(currency, locale, [["W", 123456, 0]]).rows[0][1].text;
    expect([cell("JPY", "en"), cell("JPY", "ja"), cell("USD", "en"), cell("USD", "ja")]).toEqual(["¥123,456", "￥123,456", "$1,234.56", "$1,234.56"]);
  });

  it("formats each column by its own measure and leaves text cells as given", () => {
    const columns: ChartTableColumn[] = [{ header: "Product" }, { header: "Sales", measure: "value", currency: "JPY" }, { header: "Units", measure: "units" }, { header: "Orders", measure: "orders" }];
    const { headers, rows } = render(createElement(ChartWithTable, { title: "Top products", chart: null, columns, rows: [["Linen shirt <L>", 4_500_000, 1234, 56]], locale: "en" }), "en");
    expect(headers.map((h) => h.text)).toEqual(["Product", "Sales", "Units", "Orders"]);
    expect(rows[0].map((cell) => cell.text)).toEqual(["Linen shirt <L>", "¥4,500,000", "1,234", "56"]);
  });

  it("says there is no data in a missing cell, in the reader's language", () => {
    for (const [locale, words] of [["en", "No data"], ["ja", "データなし"]] as const) {
      const cell = salesTable("JPY", locale, [["W1", 1000, null]]).rows[0][2];
      expect(cell.text).toBe(`– ${words}`);
      expect(cell.html).toContain('<span aria-hidden="true">–</span>');
      expect(cell.html).toContain(`<span class="sr-only">${words}</span>`);
    }
  });

  it("hides the chart from assistive technology unless given a summary, which then names it as an image", () => {
    const hidden = salesTable("JPY", "en", AMOUNTS, createElement("svg", { "data-testid": "picture" })).html;
    expect(hidden).toMatch(/<div class="mt-4 min-w-0" aria-hidden="true"><svg data-testid="picture">/);
    const named = salesTable("JPY", "en", AMOUNTS, createElement("svg", { "data-testid": "picture" }), "Sales rose 20% over four weeks").html;
    expect(named).toMatch(/<div class="mt-4 min-w-0" role="img" aria-label="Sales rose 20% over four weeks"><svg data-testid="picture">/);
    // The table is present either way.
    expect(hidden).toContain("<table");
    expect(named).toContain("<table");
  });

  it("shows the empty-period message instead of a chart and an empty table", () => {
    for (const [locale, words] of [["en", "No data for this period."], ["ja", "この期間のデータはありません。"]] as const) {
      const { table, html } = salesTable("JPY", locale, [], createElement("svg", { "data-testid": "picture" }));
      expect(table).toBeNull();
      expect(html).not.toContain("picture");
      expect(textOf(html)).toContain(words);
    }
  });

  it("renders a recharts time series on the server as an empty box of the chart's height (drawn in the browser)", () => {
    const chart = createElement(TimeSeriesChart, {
      points: [{ label: "Jun", values: { now: 1200, before: 900 } }, { label: "Jul", values: { now: 1500, before: null } }],
      series: [{ key: "now", name: "2026" }, { key: "before", name: "2025", kind: "comparison" }],
      measure: "value", currency: "JPY", locale: "ja", height: 240,
    });
    const { html, rows } = salesTable("JPY", "ja", [["Jun", 1200, 900], ["Jul", 1500, null]], chart);
    expect(html).toContain('<div class="w-full min-w-0" style="height:240px"><div class="recharts-responsive-container"');
    expect(rows.map((row) => row[1].text)).toEqual(["￥1,200", "￥1,500"]);
  });

  it("a ranking chart shows each item's value as the table does, its bar scaled to the largest", () => {
    const items = [{ label: "Tokyo Select", value: 4_000_000 }, { label: "Osaka Goods", value: 1_000_000 }, { label: "Refunds only", value: -2000 }];
    const chart = createElement(RankingBarChart, { items, measure: "value", currency: "JPY", locale: "ja" });
    const columns: ChartTableColumn[] = [{ header: "取引先" }, { header: "売上", measure: "value", currency: "JPY" }];
    const { html, rows } = render(createElement(ChartWithTable, { title: "上位の取引先", chart, columns, rows: items.map((i) => [i.label, i.value]), locale: "ja" }), "ja");
    const listed = [...html.matchAll(/<li [^>]*>([\s\S]*?)<\/li>/g)].map(([, li]) => ({ text: textOf(li), width: /width:([\d.]+)%/.exec(li)?.[1] }));
    expect(listed).toEqual([
      { text: `Tokyo Select ${rows[0][1].text}`, width: "100" },
      { text: `Osaka Goods ${rows[1][1].text}`, width: "25" },
      { text: `Refunds only ${rows[2][1].text}`, width: "0" },
    ]);
    expect(rows[2][1].text).toBe("-￥2,000");
  });
});
