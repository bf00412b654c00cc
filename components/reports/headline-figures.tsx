// A row of headline numbers above a report or on the dashboard (total value, orders, units…), each
// with the figure it is compared with when there is one; `extra` holds more figures of the same
// look (the dashboard's 30-day sparkline), drawn with HeadlineFigureBox.
import { cn } from "@/components/ui/cn";

export type HeadlineFigure = { key: string; label: string; value: string; note?: string };

export function HeadlineFigureBox({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={cn("min-w-0 rounded-lg border border-slate-200 bg-white p-3 sm:p-4", className)}>
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      {children}
    </div>
  );
}

export const HEADLINE_VALUE_CLASS = "text-lg font-semibold tabular-nums text-slate-900 sm:text-xl";

export function HeadlineFigures({ figures, className, extra }: { figures: HeadlineFigure[]; className?: string; extra?: React.ReactNode }) {
  return (
    <dl className={cn("mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4", className)}>
      {figures.map((f) => (
        <HeadlineFigureBox key={f.key} label={f.label}>
          <dd className={cn("mt-1 wrap-anywhere", HEADLINE_VALUE_CLASS)} data-testid={`headline-${f.key}`}>{f.value}</dd>
          {f.note && <dd className="mt-0.5 text-xs text-slate-500">{f.note}</dd>}
        </HeadlineFigureBox>
      ))}
      {extra}
    </dl>
  );
}
