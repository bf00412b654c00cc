// `npx tsx scripts/i18n-unconverted.ts`: rewrites tests/unit/i18n/unconverted-files.json with the
// files that still hold user-facing literal text (tests/support/user-facing-literals.ts), and
// `--show <file>...` prints what it finds in the given files. For the move of every string into
// the message catalogues; removed once the list is empty.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findUserFacingLiterals } from "../tests/support/user-facing-literals";

const ROOT = process.cwd();
const args = process.argv.slice(2);

if (args[0] === "--show") {
  for (const file of args.slice(1)) {
    for (const l of findUserFacingLiterals(file, readFileSync(path.join(ROOT, file), "utf8"))) console.log(`${file}:${l.line} (${l.kind}) ${JSON.stringify(l.text)}`);
  }
} else {
  const files: string[] = [];
  let total = 0;
  for (const dir of ["app", "components", "lib"]) {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.endsWith(".d.ts")) continue;
      const file = path.relative(ROOT, path.join(entry.parentPath, entry.name));
      if (file.startsWith("lib/db/generated/")) continue;
      const found = findUserFacingLiterals(file, readFileSync(path.join(ROOT, file), "utf8")).length;
      if (found > 0) {
        files.push(file);
        total += found;
      }
    }
  }
  files.sort();
  writeFileSync(path.join(ROOT, "tests/unit/i18n/unconverted-files.json"), JSON.stringify(files, null, 2) + "\n");
  console.log(`${files.length} files, ${total} literals`);
}
