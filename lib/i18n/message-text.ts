// Messages that travel before they are translated: zod issues (shown by the client's forms and by
// server actions), AppError messages, and field errors carry a catalogue key with its values
// ("validation.tooLong|{"maximum":200}"). Whoever shows one translates it into the reader's
// language with translateMessage; text that is not a key passes through unchanged.
import type { MessageKeys, NestedKeyOf } from "use-intl/core";
import type { en } from "@/messages/en";

export type MessageKey = MessageKeys<typeof en, NestedKeyOf<typeof en>>;
export type MessageValues = Record<string, string | number>;

const SEPARATOR = "|";
const KEY = /^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9_]+)+$/;

/** A message to be translated where it is shown. */
export function msg(key: MessageKey, values?: MessageValues): string {
  return values ? `${key}${SEPARATOR}${JSON.stringify(values)}` : key;
}

export function parseMessage(message: string): { key: string; values?: MessageValues } | null {
  const at = message.indexOf(SEPARATOR);
  const key = at < 0 ? message : message.slice(0, at);
  if (!KEY.test(key)) return null;
  if (at < 0) return { key };
  try {
    return { key, values: JSON.parse(message.slice(at + 1)) as MessageValues };
  } catch {
    return null;
  }
}

/** What translateMessage needs of a translator (next-intl's t, or use-intl's createTranslator). */
export type MessageTranslator = { (key: never, values?: never): string; has(key: never): boolean };

export function translateMessage(t: MessageTranslator, message: string): string {
  const parsed = parseMessage(message);
  if (!parsed) return message;
  const loose = t as unknown as { (key: string, values?: MessageValues): string; has(key: string): boolean };
  return loose.has(parsed.key) ? loose(parsed.key, parsed.values) : message;
}

/** Every message of a field-error map translated. */
export function translateFieldErrors(t: MessageTranslator, fieldErrors: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [field, translateMessage(t, message)]));
}
