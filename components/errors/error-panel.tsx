// The body of every not-found and error page: what happened in plain words, the reference to
// quote (error pages), and the way back. Renders inside the area's own frame.
import { cn } from "@/components/ui/cn";

export function ErrorPanel({
  title,
  text,
  reference,
  children,
  className,
  testId,
}: {
  title: string;
  text: string;
  /** Label and value of the reference the user can quote (Next's error digest), if any. */
  reference?: { label: string; value: string };
  /** The way back, and "Try again" on error pages. */
  children: React.ReactNode;
  className?: string;
  testId: string;
}) {
  return (
    <section className={cn("mx-auto max-w-xl py-10 text-center", className)} data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h1 id={`${testId}-title`} className="text-2xl font-semibold tracking-tight text-slate-900">
        {title}
      </h1>
      <p className="mt-3 text-sm text-slate-600">{text}</p>
      {reference && (
        <p className="mt-4 text-sm text-slate-700">
          {reference.label}: <code className="select-all rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900" data-testid="error-reference">{reference.value}</code>
        </p>
      )}
      <div className="mt-6 flex flex-wrap items-center justify-center gap-3">{children}</div>
    </section>
  );
}

/** The way back, styled as the primary action of the page. */
export const BACK_LINK_CLASS = "inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700";
