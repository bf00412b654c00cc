// Summarises a V8 CPU profile (`node --cpu-prof`) by area of the server: where each sampled
// millisecond went (React render and serialization, Prisma, the pg driver, session decode, the
// proxy, GC, ...). A sample belongs to the innermost frame whose code is recognisable, walking out
// from the leaf: a Buffer copy called by React's serializer is React's time. Frames in the build's
// bundled chunks are first traced to their source file through the chunk's source map, as one
// chunk mixes the app's code with the libraries it bundles.
import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

export type CallFrame = { functionName: string; url: string; lineNumber?: number; columnNumber?: number };
export type CpuProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type CpuProfile = { nodes: CpuProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export const AREAS = [
  "React render and serialization",
  "Next.js server (routing, action handling, streaming)",
  "Proxy (middleware)",
  "Session decode (JWT, cookies)",
  "Prisma (query building, result mapping)",
  "pg driver and sockets",
  "App code (pages, access checks, formatting)",
  "Validation (zod)",
  "Messages (i18n)",
  "Node.js runtime (HTTP, streams, timers)",
  "GC",
  "Other",
] as const;
export type Area = (typeof AREAS)[number];

type Rule = { area: Area; test: (url: string, fn: string) => boolean };

const has = (...parts: string[]) => (url: string) => parts.some((p) => url.includes(p));

const PROXY: Rule = { area: "Proxy (middleware)", test: has("/server/middleware", "/server/proxy", "edge-runtime", "/server/edge/", "/proxy.ts") };

// Order matters: the first rule a frame meets decides its area.
const RULES: Rule[] = [
  PROXY,
  { area: "Session decode (JWT, cookies)", test: has("/jose/", "/@auth/", "/next-auth/", "/@panva/", "/cookie/") },
  { area: "Prisma (query building, result mapping)", test: has("/@prisma/", "/.prisma/", "/prisma/client", "query_compiler", "/generated/prisma") },
  { area: "pg driver and sockets", test: has("/pg/", "/pg-protocol/", "/pg-pool/", "/pg-types/", "/postgres-array/", "/pgpass/") },
  { area: "Validation (zod)", test: has("/zod/") },
  { area: "Messages (i18n)", test: has("/next-intl/", "/use-intl/", "/intl-messageformat/", "/@formatjs/", "/messages/", "/lib/i18n/") },
  {
    area: "React render and serialization",
    test: (url) => /react-dom|react-server-dom|\/react\/|server\.edge|server\.node|app-page.*runtime|react-server/.test(url),
  },
  { area: "Next.js server (routing, action handling, streaming)", test: has("/next/dist/", "/.next/server/app/", "/.next/server/webpack-runtime", "/.next/server/chunks/[root") },
  { area: "App code (pages, access checks, formatting)", test: has("/.next/server/chunks/", "/app/", "/lib/", "/components/", "/instrumentation.ts") },
  { area: "Node.js runtime (HTTP, streams, timers)", test: (url) => url.startsWith("node:") },
];

/** The area of one stack, leaf first: GC and idle by name, else the first frame a rule claims. */
export function areaOfStack(stack: CallFrame[]): Area | "idle" {
  const leaf = stack[0];
  if (leaf?.functionName === "(garbage collector)") return "GC";
  if (leaf?.functionName === "(idle)") return "idle";
  // The proxy runs its own libraries (jose); its whole time is the proxy's.
  if (stack.some((frame) => PROXY.test(frame.url, frame.functionName))) return PROXY.area;
  let runtime = false;
  for (const frame of stack) {
    if (!frame.url) continue;
    const rule = RULES.find((r) => r.test(frame.url, frame.functionName));
    if (!rule) continue;
    // Node internals count only when no library or app frame called them.
    if (rule.area === "Node.js runtime (HTTP, streams, timers)") {
      runtime = true;
      continue;
    }
    return rule.area;
  }
  return runtime ? "Node.js runtime (HTTP, streams, timers)" : "Other";
}

/**
 * Maps a frame in a bundled chunk of the build to its source file ("../../lib/x.ts",
 * "../node_modules/use-intl/..."), through the chunk's source map; other frames keep their URL.
 */
export function sourceMapResolver(): (frame: CallFrame) => CallFrame {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      let map: SourceMap | null = null;
      try {
        const file = url.startsWith("file://") ? fileURLToPath(url) : url;
        map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
      } catch {
        map = null; // no map: a library outside the bundle, or a chunk built without one
      }
      maps.set(url, map);
    }
    return maps.get(url)!;
  };
  return (frame) => {
    if (!frame.url.includes("/.next/") || frame.lineNumber === undefined) return frame;
    const entry = mapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber ?? 0);
    const source = entry && "originalSource" in entry ? entry.originalSource : undefined;
    // "[project]/…" and relative paths alike: make library paths read "/node_modules/<pkg>/".
    return source ? { ...frame, url: `/${source.replace(/^(\.\.\/)+/, "").replace(/^\[project\]\//, "")}` } : frame;
  };
}

/** Milliseconds of CPU per area over the whole profile (idle left out). */
export function summarizeProfile(profile: CpuProfile, resolve: (frame: CallFrame) => CallFrame = (frame) => frame): Map<Area, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const areaOfNode = new Map<number, Area | "idle">();
  const areaOf = (id: number) => {
    let area = areaOfNode.get(id);
    if (area) return area;
    const stack: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(resolve(byId.get(at)!.callFrame));
    area = areaOfStack(stack);
    areaOfNode.set(id, area);
    return area;
  };
  const totals = new Map<Area, number>(AREAS.map((a) => [a, 0]));
  profile.samples.forEach((id, i) => {
    const area = areaOf(id);
    if (area === "idle") return;
    // timeDeltas[i] is the time before sample i; the next one is how long this sample stood.
    const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    totals.set(area, totals.get(area)! + us / 1000);
  });
  return totals;
}
