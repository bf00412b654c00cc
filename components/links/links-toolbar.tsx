// Search by name, status filter and sorting of one Links tab: a plain GET form, so the view lives
// in the URL (bookmarkable, works before scripts load).
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { SearchInput } from "@/components/ui/search-input";
import { LINK_SORTS, type LinkListFilters } from "@/lib/links/schemas";

export function LinksToolbar({ tab, filters, cut = [] }: { tab: string; filters: LinkListFilters; cut?: string[] }) {
  const t = useTranslations("links");
  const ts = useTranslations("status.linkStatus");
  const tc = useTranslations("common");
  return (
    <form method="get" action="/admin/links" role="search" aria-label={t("toolbar.label")} className="mb-4 flex flex-wrap items-end gap-3">
      <input type="hidden" name="tab" value={tab} />
      <div className="min-w-56 flex-1">
        <label htmlFor="links-q" className="block text-xs font-medium text-slate-600">
          {t("toolbar.name")}
        </label>
        <SearchInput id="links-q" name="q" type="search" defaultValue={filters.q} placeholder={t("toolbar.namePlaceholder")} cutInAddress={cut.includes("q")} />
      </div>
      <div>
        <label htmlFor="links-status" className="block text-xs font-medium text-slate-600">
          {t("toolbar.status")}
        </label>
        <Select id="links-status" name="status" defaultValue={filters.status ?? ""} className="w-36">
          <option value="">{t("toolbar.allStatuses")}</option>
          <option value="OPEN">{ts("OPEN")}</option>
          <option value="VOID">{ts("VOID")}</option>
        </Select>
      </div>
      <div>
        <label htmlFor="links-sort" className="block text-xs font-medium text-slate-600">
          {t("toolbar.sortBy")}
        </label>
        <Select id="links-sort" name="sort" defaultValue={filters.sort} className="w-64">
          {LINK_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        <Search className="size-4" aria-hidden />
        {tc("search")}
      </Button>
    </form>
  );
}
