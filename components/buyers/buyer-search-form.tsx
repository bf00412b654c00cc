// The buyer search of the Connected Buyers tab: a GET form, so every search is a shareable URL.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { Input } from "@/components/ui/field";
import { SearchInput } from "@/components/ui/search-input";
import type { BuyerSearch } from "@/lib/buyers/schemas";
import { CONNECTION_STATUSES, OWNERSHIPS, TRADING_CURRENCIES } from "@/lib/buyers/schemas";

function Labelled({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}

export function BuyerSearchForm({ search, cut = [] }: { search: BuyerSearch; cut?: string[] }) {
  const t = useTranslations();
  return (
    <form method="get" action="/admin/buyers" role="search" aria-label={t("buyers.search.label")} className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Labelled id="search-status" label={t("buyers.search.status")}>
          <Select id="search-status" name="status" defaultValue={search.status}>
            {CONNECTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.connection.${status}`)}
              </option>
            ))}
          </Select>
        </Labelled>
        <Labelled id="search-name" label={t("buyers.search.name")}>
          <SearchInput id="search-name" name="name" defaultValue={search.name ?? ""} cutInAddress={cut.includes("name")} />
        </Labelled>
        <Labelled id="search-email" label={t("buyers.search.email")}>
          <SearchInput id="search-email" name="email" defaultValue={search.email ?? ""} cutInAddress={cut.includes("email")} />
        </Labelled>
        <Labelled id="search-country" label={t("buyers.search.country")}>
          <Input id="search-country" name="country" maxLength={2} placeholder={t("buyers.search.countryPlaceholder")} defaultValue={search.country ?? ""} />
        </Labelled>
        <Labelled id="search-ownership" label={t("buyers.search.ownership")}>
          <Select id="search-ownership" name="ownership" defaultValue={search.ownership ?? ""}>
            <option value="">{t("buyers.search.all")}</option>
            {OWNERSHIPS.map((ownership) => (
              <option key={ownership} value={ownership}>
                {t(`status.ownership.${ownership}`)}
              </option>
            ))}
          </Select>
        </Labelled>
        <Labelled id="search-currency" label={t("buyers.search.currency")}>
          <Select id="search-currency" name="currency" defaultValue={search.currency ?? ""}>
            <option value="">{t("buyers.search.all")}</option>
            {TRADING_CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Labelled>
      </div>
      <div className="mt-3 flex items-center gap-3">
        <Button type="submit">{t("common.search")}</Button>
        <Link href="/admin/buyers" className="text-sm text-slate-600 underline-offset-2 hover:underline">
          {t("common.clear")}
        </Link>
      </div>
    </form>
  );
}
