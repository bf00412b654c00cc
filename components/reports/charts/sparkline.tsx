// A trend at a glance for the dashboard tiles: a few hundred bytes of SVG drawn on the server, no
// chart library and no JavaScript in the browser. The tile shows the number itself; the line only
// shows its shape, and `label` says in words what it shows (e.g. "Sales, last 30 days").
import { cn } from "@/components/ui/cn";

export type SparklineProps = {
  /** Oldest first. A value that is not a finite number leaves a gap in the line. */
  values: number[];
  /** The accessible name of the picture (translated by the caller). */
  label: string;
  width?: number;
  height?: number;
  className?: string;
};

const STROKE = 1.5;

/** The line's path: one command per finite value, the lowest value at the bottom and the highest at the top. */
export function sparklinePath(values: number[], width: number, height: number): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return "";
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  // Keep the stroke inside the box: half its width of room on every side.
  const pad = STROKE;
  const x = (i: number) => (values.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1));
  // A flat series sits in the middle rather than on an edge.
  const y = (v: number) => (max === min ? height / 2 : height - pad - ((v - min) * (height - 2 * pad)) / (max - min));
  const round = (n: number) => Math.round(n * 100) / 100;
  let path = "";
  let drawing = false;
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      drawing = false;
      return;
    }
    path += `${path ? " " : ""}${drawing ? "L" : "M"}${round(x(i))} ${round(y(v))}`;
    drawing = true;
  });
  return path;
}

export function Sparkline({ values, label, width = 96, height = 28, className }: SparklineProps) {
  const path = sparklinePath(values, width, height);
  const only = values.length === 1 && Number.isFinite(values[0]);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className={cn("shrink-0 text-brand-600", className)}>
      {path && <path d={path} fill="none" stroke="currentColor" strokeWidth={STROKE} strokeLinejoin="round" strokeLinecap="round" vectorEffect="non-scaling-stroke" />}
      {/* One value is a point, not a line: show it as a dot. */}
      {only && <circle cx={width / 2} cy={height / 2} r={STROKE * 1.5} fill="currentColor" />}
    </svg>
  );
}
