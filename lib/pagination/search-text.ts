// The length limit of every search and filter box, in the browser (maxLength) and on the server
// (query strings of list views, search actions). A GET form puts its text in the URL: text pasted
// without a limit makes the address too long for the server, which answers with a bare browser
// error page (HTTP 431) instead of the list.
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";

/** Characters a search box holds; longer text is cut to this length, with a message. */
export const SEARCH_TEXT_MAX = 200;

/** What a search box says about the limit (catalogue keys, shown in the reader's language). */
export const SEARCH_TEXT_MESSAGES = {
  /** Beside a box whose text reached the limit (typed, or pasted and cut by the browser). */
  limit: msg("validation.searchLimit", { max: SEARCH_TEXT_MAX }),
  /** Beside a box whose text was pasted and cut to the limit. */
  pasteCut: msg("validation.searchPasteCut", { max: SEARCH_TEXT_MAX }),
  /** Beside a box whose value arrived longer in the page's address (a shared or edited URL). */
  addressCut: msg("validation.searchAddressCut", { max: SEARCH_TEXT_MAX }),
} as const;

/** A search box's text inside a filter or search-action schema. */
export const searchText = z.string().trim().max(SEARCH_TEXT_MAX, SEARCH_TEXT_MESSAGES.limit);

export type QueryString = Record<string, string | string[] | undefined>;

export type ListQuery = {
  /** The first value of each parameter, cut to SEARCH_TEXT_MAX characters. */
  values: Record<string, string>;
  /** Names of the parameters that were cut, to say so beside their boxes. */
  cut: string[];
};

/**
 * A list view's query string as its page and its filter schema read it. Every value is bounded
 * here, once, so no schema, query or link built from it ever sees more than the limit; repeated
 * parameters (`?q=a&q=b`) count by their first value.
 */
export function readListQuery(search: QueryString): ListQuery {
  const values: Record<string, string> = {};
  const cut: string[] = [];
  for (const [key, raw] of Object.entries(search)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value !== "string") continue;
    if (value.length > SEARCH_TEXT_MAX) {
      values[key] = cutToLimit(value);
      cut.push(key);
    } else {
      values[key] = value;
    }
  }
  return { values, cut };
}

/** The first SEARCH_TEXT_MAX UTF-16 units (as the browser's maxLength counts), never half an emoji. */
function cutToLimit(value: string): string {
  const end = /[\uD800-\uDBFF]/.test(value[SEARCH_TEXT_MAX - 1]) ? SEARCH_TEXT_MAX - 1 : SEARCH_TEXT_MAX;
  return value.slice(0, end);
}
