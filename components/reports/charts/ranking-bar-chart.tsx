// The top N (products, buyers, links, countries) as horizontal bars. Plain HTML rather than an SVG
// chart: a long product name wraps above its bar instead of being cut off by an axis, the value is
// printed beside each name (no tooltip to find), it reads as an ordered list on its own, renders on
// the server and costs no JavaScript. Bars are scaled to the largest value shown.
import { cn } from "@/components/ui/cn";
import { formatMeasure, type MeasureFormat } from "./format-measure";

export type RankingItem = {
  /** The item's name as shown (translated or user data, e.g. a product name). */
  label: string;
  value: number;
};

export type RankingBarChartProps = MeasureFormat & {
  /** In rank order, largest first. */
  items: RankingItem[];
  className?: string;
};

export function RankingBarChart({ items, className, ...format }: RankingBarChartProps) {
  const measure = format as MeasureFormat;
  const max = Math.max(0, ...items.map((item) => item.value));
  return (
    <ol className={cn("space-y-3", className)}>
      {items.map((item, i) => {
        // Nothing to compare with (all zero, or a refund pushing a value below zero): no bar.
        const share = max > 0 && item.value > 0 ? (item.value / max) * 100 : 0;
        return (
          <li key={i} className="grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-3 gap-y-1 text-sm">
            <span className="wrap-anywhere text-slate-800">{item.label}</span>
            <span className="whitespace-nowrap text-right tabular-nums text-slate-700">{formatMeasure(item.value, measure)}</span>
            <span className="col-span-2 block h-2 overflow-hidden rounded-full bg-slate-100">
              <span className="block h-full rounded-full bg-brand-600" style={{ width: `${share}%`, minWidth: share > 0 ? 2 : 0 }} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}
