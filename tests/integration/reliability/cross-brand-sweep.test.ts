// Isolation sweep: every server action and route handler, found by scanning the source, is
// pointed at another brand's ids (see cross-brand-cases.ts). Refused with 404 (or the documented
// equivalent), the very same answer as for ids that exist nowhere, and nothing changed anywhere.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { localDriver, setStorageDriver } from "@/lib/storage/storage";
import { actionCases, defaultActor, routeCases, type Answer, type Case, type Probe } from "./cross-brand-cases";
import { changedTables, checksum } from "./db-checksum";
import { createTenantWorld, ghostTarget, type Target, type TenantWorld } from "./tenant-world";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .filter((file) => !file.startsWith(path.join("lib", "db", "generated")));
}

// A module-level directive is the first statement, after comments only.
const MODULE_DIRECTIVE = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

/** Every "use server" module, as `area/file` (lib/ dropped) with its exported actions. */
async function discoverActions() {
  const found: { key: string; file: string }[] = [];
  const inline: string[] = [];
  for (const file of [...(await sourceFiles("lib")), ...(await sourceFiles("app")), ...(await sourceFiles("components"))]) {
    const text = await readFile(path.join(ROOT, file), "utf8");
    if (!/["']use server["']/.test(text)) continue;
    if (!MODULE_DIRECTIVE.test(text)) {
      inline.push(file);
      continue;
    }
    const exported: Record<string, unknown> = await import(/* @vite-ignore */ path.join(ROOT, file));
    const base = file.replace(/\.tsx?$/, "").replace(/^lib\//, "");
    for (const [name, value] of Object.entries(exported)) if (typeof value === "function") found.push({ key: `${base}.${name}`, file });
  }
  return { actions: found, inline };
}

/** Every route handler, as `path/under/app METHOD`. */
async function discoverRoutes() {
  const found: string[] = [];
  for (const file of await sourceFiles("app")) {
    if (path.basename(file) !== "route.ts") continue;
    const exported: Record<string, unknown> = await import(/* @vite-ignore */ path.join(ROOT, file));
    const route = path.dirname(path.relative("app", file));
    for (const method of HTTP_METHODS) if (typeof exported[method] === "function") found.push(`${route} ${method}`);
  }
  return found;
}

type Summary = { status?: number; ok?: boolean; code?: string; message?: string; fieldErrors?: unknown; text: string };

async function summarize(answer: Answer): Promise<Summary> {
  if (answer instanceof Response) {
    const text = answer.headers.get("content-type")?.includes("pdf") ? "(pdf)" : await answer.text();
    return { status: answer.status, text };
  }
  if (answer.ok) return { ok: true, text: JSON.stringify(answer.data) };
  return { ok: false, code: answer.code, message: answer.message, fieldErrors: answer.fieldErrors, text: answer.message };
}

const refused = (s: Summary) => (s.status !== undefined ? String(s.status) : s.ok ? "ok" : s.code!);
const expectedRefusal = (probe: Probe, s: Summary) => probe.expect?.code ?? (s.status !== undefined ? "404" : "NOT_FOUND");

let storageRoot: string;
let A: TenantWorld;
let B: TenantWorld;
let ghost: Target;

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "wholesale-sweep-"));
  setStorageDriver(localDriver(storageRoot));
  [A, B] = [await createTenantWorld(), await createTenantWorld()];
  ghost = ghostTarget(B.target);
}, 120_000);

/** Calls the probe as A's actor against a target; returns the answer and what it changed. */
async function attempt(probe: Probe, target: Target) {
  await (probe.as ?? defaultActor)(A);
  const before = await checksum(storageRoot);
  const answer = await summarize(await probe.call(target, A));
  return { answer, changed: changedTables(before, await checksum(storageRoot)) };
}

async function control(probe: Probe) {
  await (probe.as ?? defaultActor)(A);
  return summarize(await probe.call(A.target, A));
}

const allCases: [string, Case][] = [...Object.entries(actionCases), ...Object.entries(routeCases)];
const probes = allCases.flatMap(([key, c]) => (c.scope === "no ids" ? [] : c.probes.map((probe) => ({ key, probe }))));

describe("the case table covers every server action and route handler", () => {
  it("has exactly one entry per exported server action, and no inline server actions", async () => {
    const { actions, inline } = await discoverActions();
    // Inline "use server" functions would escape this sweep: keep actions in lib/<area>/actions.ts.
    expect(inline).toEqual([]);
    expect(actions.length).toBeGreaterThan(50);
    const keys = actions.map((a) => a.key);
    expect(keys.filter((k) => !(k in actionCases)), "actions without a case in cross-brand-cases.ts").toEqual([]);
    expect(Object.keys(actionCases).filter((k) => !keys.includes(k)), "cases of actions that no longer exist").toEqual([]);
  });

  it("has exactly one entry per route handler method", async () => {
    const routes = await discoverRoutes();
    expect(routes.filter((k) => !(k in routeCases)), "routes without a case").toEqual([]);
    expect(Object.keys(routeCases).filter((k) => !routes.includes(k)), "cases of routes that no longer exist").toEqual([]);
  });

  it("gives a reason for every action that takes no ids or is not brand-scoped", () => {
    for (const [key, c] of allCases) {
      if (c.scope !== "brand") expect(c.reason.length, key).toBeGreaterThan(10);
      if (c.scope !== "no ids") expect(c.probes.length, key).toBeGreaterThan(0);
    }
  });
});

describe("another tenant's ids are refused like ids that do not exist, and change nothing", () => {
  for (const { key, probe } of probes) {
    it(`${key}: ${probe.name}`, async () => {
      const foreign = await attempt(probe, B.target);
      expect(foreign.changed, "tables changed by the refused call").toEqual([]);
      if (probe.mustNotShow) {
        expect(foreign.answer.ok ?? foreign.answer.status === 200, foreign.answer.text).toBe(true);
        expect(foreign.answer.text).not.toContain(probe.mustNotShow(B.target));
        return;
      }
      expect(refused(foreign.answer), foreign.answer.text).toBe(expectedRefusal(probe, foreign.answer));
      const missing = await attempt(probe, ghost);
      expect(missing.changed).toEqual([]);
      if (probe.ghostDiffers) expect(refused(missing.answer)).not.toBe("ok");
      else expect(missing.answer, "the answer for ids that exist nowhere").toEqual(foreign.answer);
    });
  }
});

// Run last: these change brand A. Each proves its probe reaches the check that refused B's ids,
// so a probe that fails for an unrelated reason (wrong id, bad input) cannot pass unnoticed.
describe("control: the same calls with the own ids get past the check", () => {
  for (const { key, probe } of probes) {
    if (probe.expect?.code === "ok") continue;
    it(`${key}: ${probe.name}`, async () => {
      const own = await control(probe);
      if (probe.mustNotShow) {
        expect(own.text).toContain(probe.mustNotShow(A.target));
        return;
      }
      expect(refused(own), own.text).not.toBe(expectedRefusal(probe, own));
      expect(own.code, own.text).not.toBe("UNEXPECTED");
      if (own.status !== undefined) expect(own.status).toBeLessThan(500);
    });
  }
});
