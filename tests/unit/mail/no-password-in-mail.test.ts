// No e-mail hands anyone a password: no template's data has a password or passcode field, and no
// e-mail component reads one. Accounts get single-use links that let their owner choose one.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TEMPLATE_NAMES } from "@/lib/mail/templates";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SECRET = /pass(word|code)|secret|credential/i;

describe("no e-mail carries a password", () => {
  it("no template's data has a password or passcode field", () => {
    const source = readFileSync(path.join(ROOT, "lib/mail/templates.ts"), "utf8");
    const keys = [...source.matchAll(/^\s+([A-Za-z_]\w*)\??:/gm)].map((m) => m[1]);
    const fields = keys.filter((key) => !(TEMPLATE_NAMES as readonly string[]).includes(key));
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.filter((key) => SECRET.test(key))).toEqual([]);
  });

  it("no e-mail component reads a password or passcode from its data", () => {
    const dir = path.join(ROOT, "components/emails");
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith(".tsx"))
      .flatMap((file) => [...readFileSync(path.join(dir, file), "utf8").matchAll(/\bd\.(\w+)/g)].map((m) => `${file}: d.${m[1]}`))
      .filter((use) => SECRET.test(use.split("d.")[1]));
    expect(offenders).toEqual([]);
  });
});
