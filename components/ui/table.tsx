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
      <table className={cn("data-table min-w-full divide-y divide-slate-200 text-sm", className)} {...props} />
    </ScrollBox>
  );
}

// Cells take their padding, type and colours from the table's `data-table` class (app/globals.css),
// not from utilities on each: a page of rows carries the class names once.
export function Th(props: React.ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" {...props} />;
}

export function Td(props: React.TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...props} />;
}
