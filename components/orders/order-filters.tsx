// The Order Management search: a plain GET form, so every filtered view is a shareable URL.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { Input } from "@/components/ui/field";
import { SearchInput } from "@/components/ui/search-input";
import { OrderStatus } from "@/lib/db/generated/enums";
import { ORDER_SORTS, type OrderFilters as Filters } from "@/lib/orders/schemas";

function Labelled({ label, htmlFor, children }: { label: string; htmlFor: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={htmlFor} className="block text-xs font-medium text-slate-600">{label}</label>
      {children}
    </div>
  );
}

export function OrderFilters({ filters, tags, currencies, orderPrefix, cut = [] }: { filters: Filters; tags: { id: string; name: string }[]; currencies: string[]; orderPrefix: string; cut?: string[] }) {
  const t = useTranslations("orders.filters");
  const ts = useTranslations("status.order");
  const tc = useTranslations("common");
  return (
    <form method="get" action="/admin/orders" role="search" aria-label={t("label")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <Labelled label={t("number")} htmlFor="f-number"><SearchInput id="f-number" name="number" defaultValue={filters.number} placeholder={t("numberExample", { example: `${orderPrefix}-000123` })} cutInAddress={cut.includes("number")} /></Labelled>
      <Labelled label={t("poNumber")} htmlFor="f-po"><SearchInput id="f-po" name="po" defaultValue={filters.po} placeholder={t("poNumberPlaceholder")} cutInAddress={cut.includes("po")} /></Labelled>
      <Labelled label={t("buyer")} htmlFor="f-buyer"><SearchInput id="f-buyer" name="buyer" defaultValue={filters.buyer} placeholder={t("buyerPlaceholder")} cutInAddress={cut.includes("buyer")} /></Labelled>
      <Labelled label={t("status")} htmlFor="f-status">
        <Select id="f-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("allStatuses")}</option>
          {Object.values(OrderStatus).map((value) => <option key={value} value={value}>{ts(value)}</option>)}
        </Select>
      </Labelled>
      <Labelled label={t("tag")} htmlFor="f-tag">
        <Select id="f-tag" name="tag" defaultValue={filters.tag ?? ""}>
          <option value="">{t("allTags")}</option>
          {tags.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </Select>
      </Labelled>
      <Labelled label={t("link")} htmlFor="f-link"><SearchInput id="f-link" name="link" defaultValue={filters.link} placeholder={t("linkPlaceholder")} cutInAddress={cut.includes("link")} /></Labelled>
      <Labelled label={t("from")} htmlFor="f-from"><Input id="f-from" name="from" type="date" defaultValue={filters.from} /></Labelled>
      <Labelled label={t("to")} htmlFor="f-to"><Input id="f-to" name="to" type="date" defaultValue={filters.to} /></Labelled>
      <Labelled label={t("currency")} htmlFor="f-currency">
        <Select id="f-currency" name="currency" defaultValue={filters.currency ?? ""}>
          <option value="">{t("allCurrencies")}</option>
          {currencies.map((c) => <option key={c} value={c}>{c}</option>)}
        </Select>
      </Labelled>
      <Labelled label={t("sort")} htmlFor="f-sort">
        <Select id="f-sort" name="sort" defaultValue={filters.sort}>
          {ORDER_SORTS.map((value) => <option key={value} value={value}>{t(`sorts.${value}`)}</option>)}
        </Select>
      </Labelled>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{tc("search")}</Button>
        <Link href="/admin/orders" className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-slate-700 hover:bg-slate-100">{tc("clear")}</Link>
      </div>
    </form>
  );
}
