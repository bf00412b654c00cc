// A row of headline numbers above a report (total value, orders, units…), each with the figure it
// is compared with when there is one.
import { cn } from "@/components/ui/cn";

export type HeadlineFigure = { key: string; label: string; value: string; note?: string };

export function HeadlineFigures({ figures, className }: { figures: HeadlineFigure[]; className?: string }) {
  return (
    <dl className={cn("mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4", className)}>
      {figures.map((f) => (
        <div key={f.key} className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
          <dt className="text-xs font-medium text-slate-600">{f.label}</dt>
          <dd className="mt-1 text-lg font-semibold tabular-nums wrap-anywhere text-slate-900 sm:text-xl" data-testid={`headline-${f.key}`}>{f.value}</dd>
          {f.note && <dd className="mt-0.5 text-xs text-slate-500">{f.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
