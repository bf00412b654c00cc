"use client";
// Sales over time: one line (or bar group) per series, the period being compared drawn dashed and
// grey behind the current one. recharts draws in the browser only: on the server this renders an
// empty box of the chart's height, so the page does not jump when the chart appears. The box is
// not focusable (no keyboard tooltip layer): the numbers are read from ChartWithTable's table.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMeasure, formatMeasureCompact, type MeasureFormat } from "./format-measure";

export type TimeSeriesPoint = {
  /** The period as the reader sees it ("Jun 3", "2026年6月"), formatted by the caller. */
  label: string;
  /** The value of each series at this period, by series key; null (or absent) is "no data", a gap in a line. */
  values: Record<string, number | null>;
};

export type TimeSeriesSeries = {
  key: string;
  /** The legend and tooltip name (translated by the caller). */
  name: string;
  /** comparison: the earlier period, drawn dashed and grey. Default current. */
  kind?: "current" | "comparison";
};

export type TimeSeriesChartProps = MeasureFormat & {
  points: TimeSeriesPoint[];
  series: TimeSeriesSeries[];
  /** Default line. */
  type?: "line" | "bar";
  /** Pixels; the width follows the container. Default 288. */
  height?: number;
};

// Tailwind's palette (brand-600, amber-600, emerald-600, violet-600; slate-400/500 for comparisons),
// as colours rather than classes because recharts sets SVG attributes.
const CURRENT = ["var(--color-brand-600, #2459bd)", "#d97706", "#059669", "#7c3aed"];
const COMPARISON = ["#94a3b8", "#64748b"];
const AXIS = { fontSize: 12, fill: "#475569" };
// Legend names in text colour (recharts colours them like their series, too faint in grey).

function colourOf(series: TimeSeriesSeries[], index: number): string {
  const kind = series[index].kind ?? "current";
  const rank = series.slice(0, index).filter((s) => (s.kind ?? "current") === kind).length;
  const palette = kind === "comparison" ? COMPARISON : CURRENT;
  return palette[rank % palette.length];
}

export function TimeSeriesChart({ points, series, type = "line", height = 288, ...format }: TimeSeriesChartProps) {
  const measure = format as MeasureFormat;
  const value = (key: string) => (point: TimeSeriesPoint) => point.values[key] ?? null;
  const common = {
    data: points,
    accessibilityLayer: false,
    margin: { top: 8, right: 8, bottom: 0, left: 0 },
  };
  const axes = [
    <CartesianGrid key="grid" vertical={false} stroke="#e2e8f0" />,
    <XAxis key="x" dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} interval="preserveStartEnd" minTickGap={12} />,
    <YAxis key="y" width="auto" tick={AXIS} tickLine={false} axisLine={false} tickFormatter={(n: number) => formatMeasureCompact(n, measure)} allowDecimals={false} />,
    <Tooltip key="tooltip" formatter={(n) => (typeof n === "number" ? formatMeasure(n, measure) : n)} contentStyle={{ fontSize: 12, borderRadius: 6, borderColor: "#e2e8f0" }} cursor={type === "bar" ? { fill: "#f1f5f9" } : { stroke: "#cbd5e1" }} />,
    ...(series.length > 1 ? [<Legend key="legend" wrapperStyle={{ fontSize: 12 }} formatter={(name) => <span style={{ color: "#334155" }}>{name}</span>} />] : []),
  ];
  // A single point or a few: dots make them visible where a line has no length.
  const dots = points.length <= 14;
  return (
    <div className="w-full min-w-0" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {type === "bar" ? (
          <BarChart {...common}>
            {axes}
            {series.map((s, i) => (
              <Bar key={s.key} dataKey={value(s.key)} name={s.name} fill={colourOf(series, i)} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            ))}
          </BarChart>
        ) : (
          <LineChart {...common}>
            {axes}
            {series.map((s, i) => {
              const comparison = s.kind === "comparison";
              const colour = colourOf(series, i);
              return (
                <Line
                  key={s.key}
                  dataKey={value(s.key)}
                  name={s.name}
                  type="linear"
                  stroke={colour}
                  strokeWidth={comparison ? 1.5 : 2}
                  strokeDasharray={comparison ? "5 4" : undefined}
                  dot={dots ? { r: 2.5, fill: colour, stroke: colour } : false}
                  activeDot={{ r: 4 }}
                  isAnimationActive={false}
                />
              );
            })}
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
