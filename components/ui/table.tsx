// Data table primitives: a scrolling wrapper and consistently styled cells. Admin tables are laid
// out to fit the content column at 1280 px (the sidebar leaves about 970 px): long text wraps in
// its cell (`wrap-anywhere` on cells holding e-mails or codes) instead of widening the table, and
// a row's actions wrap onto a second line. On a narrower screen (a tablet) the table scrolls in
// this wrapper, never the page, and the wrapper takes keyboard focus so it can be scrolled.
import { cn } from "./cn";
import { ScrollBox } from "./scroll-box";

export function Table({ className, ...props }: React.TableHTMLAttributes<HTMLTableElement>) {
  return (
    // `relative`: screen-reader-only text in a cell (absolutely positioned) would otherwise be
    // placed against the page and widen it past the screen, whatever this wrapper clips.
    <ScrollBox className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={cn("min-w-full divide-y divide-slate-200 text-sm", className)} {...props} />
    </ScrollBox>
  );
}

export function Th({ className, ...props }: React.ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn("bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600", className)} {...props} />;
}

/** A body cell: its padding and colour come from one class (`data-cell`, app/globals.css), as a page has hundreds. */
export function Td({ className, ...props }: React.TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("data-cell", className)} {...props} />;
}
