import { describe, expect, it } from "vitest";
import { areaOfStack, summarizeProfile, type CpuProfile } from "@/scripts/bench/cpu-profile";

const frame = (functionName: string, url: string) => ({ functionName, url });
const NODE = frame("writev", "node:internal/stream_base_commons");
const REACT = frame("renderElement", "file:///app/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js");
const PG = frame("parse", "file:///app/node_modules/pg-protocol/dist/parser.js");
const PRISMA = frame("request", "file:///app/node_modules/@prisma/client/runtime/client.js");
const INTL = frame("format", "/node_modules/use-intl/dist/esm/production/react.js");
const GRID = frame("OrderGrid", "/components/cart/order-grid.tsx");
const PROXY = frame("proxy", "/proxy.ts");
const JOSE = frame("jwtDecrypt", "file:///app/node_modules/jose/dist/node/esm/jwt/decrypt.js");

describe("the CPU profile's areas", () => {
  it("give a sample to the innermost recognised frame, passing over Node's own", () => {
    expect(areaOfStack([NODE, REACT, GRID])).toBe("React render and serialization");
    expect(areaOfStack([NODE, PG, PRISMA])).toBe("pg driver and sockets");
    expect(areaOfStack([PRISMA, GRID])).toBe("Prisma (query building, result mapping)");
    expect(areaOfStack([INTL, GRID, REACT])).toBe("Messages (i18n)");
    expect(areaOfStack([GRID, REACT])).toBe("App code (pages, access checks, formatting)");
    expect(areaOfStack([NODE])).toBe("Node.js runtime (HTTP, streams, timers)");
  });

  it("count everything the proxy runs as the proxy's, and GC and idle by name", () => {
    expect(areaOfStack([JOSE, PROXY])).toBe("Proxy (middleware)");
    expect(areaOfStack([JOSE, GRID])).toBe("Session decode (JWT, cookies)");
    expect(areaOfStack([frame("(garbage collector)", "")])).toBe("GC");
    expect(areaOfStack([frame("(idle)", "")])).toBe("idle");
  });

  it("sum each sample's duration under its area, leaving idle out", () => {
    // root -> grid -> react; root -> idle. Samples: react, react, grid, idle; 1 ms apart.
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", ""), children: [2, 4] },
        { id: 2, callFrame: GRID, children: [3] },
        { id: 3, callFrame: REACT },
        { id: 4, callFrame: frame("(idle)", "") },
      ],
      samples: [3, 3, 2, 4],
      timeDeltas: [0, 1000, 1000, 1000],
      startTime: 0,
      endTime: 4000,
    };
    const totals = summarizeProfile(profile);
    expect(totals.get("React render and serialization")).toBe(2);
    // The last sample's duration is taken as its own delta.
    expect(totals.get("App code (pages, access checks, formatting)")).toBe(1);
    expect([...totals.values()].reduce((a, b) => a + b, 0)).toBe(3);
  });
});
