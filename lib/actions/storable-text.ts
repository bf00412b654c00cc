// Text the database cannot keep as typed: PostgreSQL text refuses U+0000 (the query fails), and a
// lone UTF-16 surrogate is silently stored as U+FFFD. The action layer refuses such input as a
// field error, and the proxy such URLs, before any schema or query sees them.
import { msg } from "@/lib/i18n/message-text";

const UNSTORABLE = /\u0000|\p{Cs}/u;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

export const UNSTORABLE_TEXT_MESSAGE = msg("validation.unstorable");

/** Field errors ({ "a.b": message }, "_form" for the input itself) for every unstorable string. */
export function unstorableTextErrors(input: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  const visit = (value: unknown, path: string[], depth: number) => {
    if (typeof value === "string") {
      if (!isStorableText(value)) errors[path.join(".") || "_form"] ??= UNSTORABLE_TEXT_MESSAGE;
    } else if (depth > 20 || value === null || typeof value !== "object") {
      return;
    } else if (value instanceof FormData) {
      for (const [key, entry] of value) visit(typeof entry === "string" ? entry : entry.name, [...path, key], depth + 1);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, String(i)], depth + 1));
    } else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key], depth + 1);
    }
  };
  visit(input, [], 0);
  return errors;
}
