// Counts in English words that read right for one and for many ("1 unit", "3 units"). Japanese
// has no plural forms, so Japanese text needs none of this.

export type Noun = { one: string; other: string };

const rules = new Intl.PluralRules("en");
const numbers = new Intl.NumberFormat("en");

/** "1 unit", "1,200 units": the count with its noun in the form English needs. */
export function countOf(count: number, noun: Noun): string {
  return `${numbers.format(count)} ${rules.select(count) === "one" ? noun.one : noun.other}`;
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
