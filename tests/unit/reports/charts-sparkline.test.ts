// The dashboard sparkline: server-rendered SVG with one point per value and an accessible name.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Sparkline } from "@/components/reports/charts/sparkline";

function render(values: number[], label = "Sales, last 7 days") {
  const html = renderToStaticMarkup(createElement(Sparkline, { values, label, width: 100, height: 20 }));
  const d = /<path d="([^"]*)"/.exec(html)?.[1] ?? null;
  const points = d ? [...d.matchAll(/([ML])(-?[\d.]+) (-?[\d.]+)/g)].map(([, command, x, y]) => ({ command, x: Number(x), y: Number(y) })) : [];
  return { html, d, points };
}

describe("Sparkline", () => {
  it("is an image named by its label, drawn as one path with one point per value", () => {
    const { html, points } = render([3, 8, 5, 13, 0, 7, 9]);
    expect(html).toMatch(/^<svg [^>]*role="img"/);
    expect(html).toContain('aria-label="Sales, last 7 days"');
    expect(points).toHaveLength(7);
    expect(points.map((p) => p.command).join("")).toBe("MLLLLLL");
  });

  it("runs left to right, the highest value at the top and the lowest at the bottom, inside the box", () => {
    const { points } = render([3, 8, 5, 13, 0, 7, 9]);
    const xs = points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const ys = points.map((p) => p.y);
    expect(Math.min(...ys)).toBe(ys[3]);
    expect(Math.max(...ys)).toBe(ys[4]);
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(100);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(20);
    }
    // Equal steps in value are equal steps in height.
    const step = render([0, 1, 2]).points.map((p) => p.y);
    expect(step[0] - step[1]).toBeCloseTo(step[1] - step[2]);
  });

  it("keeps a flat series in the middle and shows a single value as a dot", () => {
    expect(render([4, 4, 4]).points.map((p) => p.y)).toEqual([10, 10, 10]);
    const one = render([42]);
    expect(one.points).toEqual([{ command: "M", x: 50, y: 10 }]);
    expect(one.html).toContain("<circle");
  });

  it("leaves a gap for a value that is not a number, and draws nothing for no values", () => {
    expect(render([1, Number.NaN, 3, 4]).points.map((p) => p.command).join("")).toBe("MML");
    const empty = render([], "No sales yet");
    expect(empty.d).toBeNull();
    expect(empty.html).toContain('aria-label="No sales yet"');
  });
});
