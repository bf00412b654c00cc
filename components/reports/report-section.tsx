// A report card's surroundings: the downloads of its rows above it, and its pagination below.
import { cn } from "@/components/ui/cn";

export function ReportSection({ actions, children, className, testId }: { actions?: React.ReactNode; children: React.ReactNode; className?: string; testId?: string }) {
  return (
    <section className={cn("mb-6 min-w-0", className)} data-testid={testId}>
      {actions && <div className="mb-2 flex flex-wrap justify-end gap-2">{actions}</div>}
      {children}
    </section>
  );
}
