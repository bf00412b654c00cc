// No user-facing text outside the message catalogues: every file of app/, components/ and lib/ is
// scanned for literal text a user would read (tests/support/user-facing-literals.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findUserFacingLiterals } from "../../support/user-facing-literals";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SKIP = /^lib\/db\/generated\//;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => !SKIP.test(file))
    .sort();
}

const files = ["app", "components", "lib"].flatMap(sourceFiles);
const findings = new Map(files.map((file) => [file, findUserFacingLiterals(file, readFileSync(path.join(ROOT, file), "utf8"))]));

describe("user-facing text lives in the message catalogues", () => {
  it("no file renders literal text", () => {
    const offenders = [...findings]
      .filter(([, literals]) => literals.length > 0)
      .map(([file, literals]) => `${file}: ${literals.map((l) => `${l.line} (${l.kind}) ${JSON.stringify(l.text)}`).join("; ")}`);
    expect(offenders).toEqual([]);
  });

  it("finds literal text of each kind", () => {
    const sample = `
      export const metadata = { title: "Orders" };
      export function A({ n }: { n: number }) {
        toast.success("Saved the link.");
        return <p title="Status">Hello {n > 1 ? "many items" : t("one")}<input placeholder={t("x")} /></p>;
      }
      throw new AppError("VALIDATION", "Please fix it.", { name: "Enter a name." });`;
    const kinds = findUserFacingLiterals("sample.tsx", sample).map((l) => l.kind);
    expect(kinds).toEqual(expect.arrayContaining(["metadata", "toast", "attribute title", "jsx text", "rendered literal", "error message", "field error"]));
    expect(findUserFacingLiterals("sample.tsx", `export const B = () => <p className="px-3 text-sm">{t("ok")}</p>;`)).toEqual([]);
  });
});
