import { describe, expect, it } from "vitest";
import { formatDay, formatMonth, presetOf, presetRange } from "@/lib/reports/periods";

describe("report period presets", () => {
  it("count back from the brand's today, both ends included", () => {
    expect(presetRange("last30", "2026-03-31")).toEqual({ from: "2026-03-02", to: "2026-03-31" });
    expect(presetRange("last90", "2026-03-31")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(presetRange("last12Months", "2026-03-31")).toEqual({ from: "2025-04-01", to: "2026-03-31" });
    expect(presetRange("all", "2026-03-31")).toEqual({ from: null, to: null });
  });

  it("a year back from 29 February starts on 1 March", () => {
    expect(presetRange("last12Months", "2028-02-29")).toEqual({ from: "2027-03-01", to: "2028-02-29" });
  });

  it("recognise a preset's range and call anything else custom", () => {
    expect(presetOf({ from: "2026-03-02", to: "2026-03-31" }, "2026-03-31")).toBe("last30");
    expect(presetOf({ from: null, to: null }, "2026-03-31")).toBe("all");
    expect(presetOf({ from: "2026-03-02", to: "2026-03-30" }, "2026-03-31")).toBe("custom");
    expect(presetOf({ from: "2026-03-02", to: null }, "2026-03-31")).toBe("custom");
  });

  it("read periods as calendar days whatever the machine's zone", () => {
    expect(formatDay("2026-03-01", "en")).toBe("Mar 1, 2026");
    expect(formatDay("2026-03-01", "ja")).toBe("2026年3月1日");
    expect(formatMonth("2026-03-01", "en")).toBe("March 2026");
    expect(formatMonth("2026-03-01", "ja")).toBe("2026年3月");
  });
});
