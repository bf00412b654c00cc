// English counts that read right for 1 and for many ("1 order", "2 orders", "0 orders"), with
// numbers grouped as everywhere else in the admin. Japanese has no plural forms, so when these
// strings move to message catalogues the Japanese side needs one form only.
// Server and browser alike (client components import it too).

const englishRules = new Intl.PluralRules("en");

/** The noun alone: `plural(1, "order", "orders")` is "order". */
export function plural(count: number, one: string, many: string): string {
  return englishRules.select(count) === "one" ? one : many;
}

/** Count and noun: `counted(1200, "order", "orders")` is "1,200 orders". */
export function counted(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en")} ${plural(count, one, many)}`;
}

const englishList = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

/** "a", "a and b", "a, b, and c". */
export function listOf(items: string[]): string {
  return englishList.format(items);
}
