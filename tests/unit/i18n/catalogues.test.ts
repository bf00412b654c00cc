// Every language says everything English says, with the same ICU arguments, in messages that parse;
// every catalogue file is loaded.
import { readdirSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/catalogue";
import { LOCALES } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(at, value);
    else for (const [k, v] of leaves(value, at)) out.set(k, v);
  }
  return out;
}

/** "name:kind" for every argument of a message (plural and select branches included). */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      out.add(`${element.value}:tag`);
      argumentsOf(element.children, out);
      continue;
    }
    const kind = element.type === TYPE.plural ? "number" : element.type === TYPE.select ? "select" : element.type === TYPE.number ? "number" : element.type === TYPE.date || element.type === TYPE.time ? "date" : "text";
    out.add(`${element.value}:${kind}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, out);
  }
  return out;
}

const english = leaves(CATALOGUES.en as unknown as Tree);

describe("message catalogues", () => {
  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly the English keys", (locale) => {
    const other = leaves(CATALOGUES[locale] as unknown as Tree);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LOCALES)("every %s message parses and has the English arguments", (locale) => {
    const mismatches: string[] = [];
    for (const [key, message] of leaves(CATALOGUES[locale] as unknown as Tree)) {
      const args = [...argumentsOf(parse(message))].sort();
      const reference = [...argumentsOf(parse(english.get(key) ?? ""))].sort();
      // Japanese has no plural forms: a plural argument may be a plain number there.
      const normalized = (list: string[]) => list.map((a) => a.replace(/:(number|text)$/, ":value"));
      if (JSON.stringify(normalized(args)) !== JSON.stringify(normalized(reference))) mismatches.push(`${key}: ${args.join(",")} vs ${reference.join(",")}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(LOCALES)("every file in messages/%s is part of the catalogue", (locale) => {
    const files = readdirSync(path.resolve(import.meta.dirname, "../../../messages", locale)).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual(Object.keys(CATALOGUES[locale]).sort());
  });

  it("no message is empty", () => {
    for (const locale of LOCALES) {
      const empty = [...leaves(CATALOGUES[locale] as unknown as Tree)].filter(([, message]) => !message.trim()).map(([key]) => key);
      expect(empty, locale).toEqual([]);
    }
  });
});
