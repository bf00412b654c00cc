// No module of lib/ may reach itself through value imports. The production bundle evaluates such a
// cycle in the order of the first request, and a constant read at module level on the way (a
// lookup table, a schema) is then used before it exists: Confirm failed once that way, only in
// `next start` and only when it was the server's first request.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+"([^"]+)"/gm;

function resolveSpecifier(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/") ? join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? resolve(dirname(from), specifier) : null;
  if (!base) return null;
  for (const suffix of [".ts", ".tsx", "/index.ts", "/index.tsx"]) if (existsSync(base + suffix)) return base + suffix;
  return null;
}

const graph = new Map<string, string[]>();
function importsOf(file: string): string[] {
  let found = graph.get(file);
  if (!found) {
    found = [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => resolveSpecifier(m[1], file)).filter((f): f is string => f !== null);
    graph.set(file, found);
  }
  return found;
}

/** The shortest path of value imports from `start` back to itself, or null. */
function cycleThrough(start: string): string[] | null {
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of importsOf(file)) {
      if (next === start) {
        const path = [start];
        for (let at: string | null = file; at; at = previous.get(at) ?? null) path.push(at);
        return path.reverse().map((f) => relative(ROOT, f));
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

describe("module graph", () => {
  it("has no cycle of value imports in lib/", () => {
    const files = readdirSync(join(ROOT, "lib"), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("db/generated"))
      .map((f) => join(ROOT, "lib", f));
    expect(files.length).toBeGreaterThan(100);
    const cycles = files.map(cycleThrough).filter((c): c is string[] => c !== null).map((c) => c.join(" → "));
    expect(cycles).toEqual([]);
  });
});
