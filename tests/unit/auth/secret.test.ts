// The generated session secret must be one value for every process that starts on a fresh folder:
// test workers and server processes read it at once, and a second value breaks every session.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, expect, it } from "vitest";
import { readOrCreateSecret } from "@/lib/auth/secret";

const run = promisify(execFile);
const secretModule = path.resolve(import.meta.dirname, "../../../lib/auth/secret.ts");
let folder: string;

afterEach(() => rmSync(folder, { recursive: true, force: true }));

it("processes starting at once on a fresh folder all get the one secret that was kept", { timeout: 60_000 }, async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "auth-secret-"));
  const file = path.join(folder, "data", "auth-secret");
  // Each process loads the module, then spins until the same instant, so the calls truly collide.
  const startAt = Date.now() + 4000;
  const script = [
    `import { readOrCreateSecret } from ${JSON.stringify(secretModule)};`,
    `while (Date.now() < ${startAt});`,
    "process.stdout.write(readOrCreateSecret(process.argv[1]));",
  ].join("\n");
  const outputs = await Promise.all(
    Array.from({ length: 6 }, () => run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, file]).then((r) => r.stdout)),
  );
  const kept = readFileSync(file, "utf8");
  expect(kept).toMatch(/^[\w-]{43}$/);
  expect(new Set(outputs)).toEqual(new Set([kept]));
  // No drafts are left beside it.
  expect(readdirSync(path.dirname(file))).toEqual(["auth-secret"]);
});

it("reads an existing secret without rewriting it", () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "auth-secret-"));
  const file = path.join(folder, "auth-secret");
  const first = readOrCreateSecret(file);
  expect(readOrCreateSecret(file)).toBe(first);
});
