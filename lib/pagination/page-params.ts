// Page and page size from a list view's query string, clamped to sane bounds.
export const PAGE_SIZES = [25, 50, 100] as const;

export type PageParams = { page: number; pageSize: number; skip: number; take: number };

export function pageParams(search: { page?: string | string[]; pageSize?: string | string[] }, defaultSize = 25): PageParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const page = Math.max(1, Math.min(100_000, Number.parseInt(first(search.page) ?? "1", 10) || 1));
  const requested = Number.parseInt(first(search.pageSize) ?? "", 10);
  const pageSize = (PAGE_SIZES as readonly number[]).includes(requested) ? requested : defaultSize;
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}
