// Previous / next for lists whose total is capped (counting a million rows on every view is too
// slow): shows "10,000+" past the cap and keeps every filter in the links.
import Link from "next/link";

type Search = Record<string, string | string[] | undefined>;

function hrefFor(pathname: string, search: Search, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (key === "page" || value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function CappedPager({ pathname, search, page, pageSize, shown, total, capped }: { pathname: string; search: Search; page: number; pageSize: number; shown: number; total: number; capped: boolean }) {
  const from = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = (page - 1) * pageSize + shown;
  const hasNext = capped ? shown === pageSize : to < total;
  const linkClass = "rounded-md bg-white px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between gap-4 text-sm text-slate-600">
      <p data-testid="orders-range">
        {from.toLocaleString("en")}–{to.toLocaleString("en")} of {total.toLocaleString("en")}{capped ? "+" : ""}
      </p>
      <div className="flex gap-2">
        {page > 1 && <Link className={linkClass} href={hrefFor(pathname, search, page - 1)} rel="prev">Previous</Link>}
        {hasNext && <Link className={linkClass} href={hrefFor(pathname, search, page + 1)} rel="next">Next</Link>}
      </div>
    </nav>
  );
}

export { hrefFor as listHref };
