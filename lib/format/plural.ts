// English counts that read right for 1 and for many ("1 order", "2 orders", "0 orders"), with
// numbers grouped as everywhere else in the admin. Japanese has no plural forms, so when these
// strings move to message catalogues the Japanese side needs one form only.
// Server and browser alike (client components import it too).

const englishRules = new Intl.PluralRules("en");

export type Noun = { one: string; other: string };

const numbers = new Intl.NumberFormat("en");

/** "1 unit", "1,200 units": the count with its noun in the form English needs. */
export function countOf(count: number, noun: Noun): string {
  return `${numbers.format(count)} ${englishRules.select(count) === "one" ? noun.one : noun.other}`;
}

/** The nouns order management counts, in one place. */
export const NOUNS = {
  unit: { one: "unit", other: "units" },
  line: { one: "line", other: "lines" },
  item: { one: "item", other: "items" },
  order: { one: "order", other: "orders" },
  sku: { one: "SKU", other: "SKUs" },
  tag: { one: "tag", other: "tags" },
} as const satisfies Record<string, Noun>;
