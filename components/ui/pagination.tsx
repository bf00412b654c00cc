// Previous / next page links that keep the rest of the query string (filters, tab, sort). Lists
// over a million rows count at most COUNT_CAP + 1 matches (lib/pagination/capped-count) and say
// so with `capped`: past the cap the range reads "of 10,000+" and Next is offered while pages
// come back full.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { COUNT_CAP } from "@/lib/pagination/capped-count";

type Search = Record<string, string | string[] | undefined>;

/** The list's address for another page (or another route, e.g. its export), keeping every filter. */
export function pageHref(pathname: string, search: Search, page: number, param = "page") {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (key === param || value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  if (page > 1) params.set(param, String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function Pagination({ pathname, search, page, pageSize, total, capped = false, shown, param = "page", label }: {
  pathname: string;
  search: Search;
  page: number;
  pageSize: number;
  /** Matching rows: exact, or for a capped list its capped count. */
  total: number;
  /** The total is a capped count. */
  capped?: boolean;
  /** Rows on this page (capped lists: past the cap only the page itself tells whether more follow). */
  shown?: number;
  /** The query parameter holding the page, for a second paged list on one page. */
  param?: string;
  /** The navigation's name when a page has more than one (default "Pagination"). */
  label?: string;
}) {
  const overCap = capped && total > COUNT_CAP;
  const skipped = (page - 1) * pageSize;
  const onPage = shown ?? Math.max(0, Math.min(pageSize, total - skipped));
  const from = onPage === 0 ? 0 : skipped + 1;
  const to = onPage === 0 ? 0 : skipped + onPage;
  const hasNext = overCap ? onPage === pageSize : skipped + pageSize < total;
  const linkClass = "rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 bg-white hover:bg-slate-50";
  const t = useTranslations("common");
  return (
    <nav aria-label={label ?? t("pagination")} className="mt-4 flex items-center justify-between gap-4 text-sm text-slate-600">
      <p data-testid="list-range">{overCap ? t("rangeCapped", { from, to, total: COUNT_CAP }) : t("range", { from, to, total })}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={linkClass} href={pageHref(pathname, search, page - 1, param)} rel="prev">
            {t("previous")}
          </Link>
        ) : null}
        {hasNext ? (
          <Link className={linkClass} href={pageHref(pathname, search, page + 1, param)} rel="next">
            {t("next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
