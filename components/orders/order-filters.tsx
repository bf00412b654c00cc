// The Order Management search: a plain GET form, so every filtered view is a shareable URL.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { Input } from "@/components/ui/field";
import { SearchInput } from "@/components/ui/search-input";
import { ORDER_STATUS_LABELS } from "@/lib/orders/status-labels";
import type { OrderFilters as Filters } from "@/lib/orders/schemas";

const SORT_LABELS = { newest: "Order date (newest first)", oldest: "Order date (oldest first)", number_desc: "Order number (high to low)", number_asc: "Order number (low to high)" } as const;

function Labelled({ label, htmlFor, children }: { label: string; htmlFor: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={htmlFor} className="block text-xs font-medium text-slate-600">{label}</label>
      {children}
    </div>
  );
}

export function OrderFilters({ filters, tags, currencies, cut = [] }: { filters: Filters; tags: { id: string; name: string }[]; currencies: string[]; cut?: string[] }) {
  return (
    <form method="get" action="/admin/orders" role="search" aria-label="Search orders" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <Labelled label="Order number" htmlFor="f-number"><SearchInput id="f-number" name="number" defaultValue={filters.number} placeholder="e.g. AO-000123" cutInAddress={cut.includes("number")} /></Labelled>
      <Labelled label="Buyer" htmlFor="f-buyer"><SearchInput id="f-buyer" name="buyer" defaultValue={filters.buyer} placeholder="Buyer name" cutInAddress={cut.includes("buyer")} /></Labelled>
      <Labelled label="Status" htmlFor="f-status">
        <Select id="f-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">All statuses</option>
          {Object.entries(ORDER_STATUS_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </Select>
      </Labelled>
      <Labelled label="Tag" htmlFor="f-tag">
        <Select id="f-tag" name="tag" defaultValue={filters.tag ?? ""}>
          <option value="">All tags</option>
          {tags.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </Select>
      </Labelled>
      <Labelled label="Source link" htmlFor="f-link"><SearchInput id="f-link" name="link" defaultValue={filters.link} placeholder="Link name" cutInAddress={cut.includes("link")} /></Labelled>
      <Labelled label="Order date from" htmlFor="f-from"><Input id="f-from" name="from" type="date" defaultValue={filters.from} /></Labelled>
      <Labelled label="Order date to" htmlFor="f-to"><Input id="f-to" name="to" type="date" defaultValue={filters.to} /></Labelled>
      <Labelled label="Currency" htmlFor="f-currency">
        <Select id="f-currency" name="currency" defaultValue={filters.currency ?? ""}>
          <option value="">All currencies</option>
          {currencies.map((c) => <option key={c} value={c}>{c}</option>)}
        </Select>
      </Labelled>
      <Labelled label="Sort by" htmlFor="f-sort">
        <Select id="f-sort" name="sort" defaultValue={filters.sort}>
          {Object.entries(SORT_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </Select>
      </Labelled>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit">Search</Button>
        <Link href="/admin/orders" className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-slate-700 hover:bg-slate-100">Clear</Link>
      </div>
    </form>
  );
}
